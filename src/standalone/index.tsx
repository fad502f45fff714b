/** The same pane over an .xlsx file, in any browser: pick a workbook, work on it, download the result. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { XlsxHost } from '../xlsx/xlsx-host';
import { foreignFormat } from '../xlsx/errors';
import { App } from '../taskpane/App';

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function outputName(input: string): string {
  const m = /^(.*?)(\.xlsm|\.xlsx)?$/i.exec(input)!;
  return `${m[1]}-modifie${(m[2] ?? '.xlsx').toLowerCase()}`;
}

function Standalone() {
  const [file, setFile] = React.useState<{ name: string; host: XlsxHost } | null>(null);
  const [changed, setChanged] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const open = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    setChanged(false);
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      // An encrypted workbook, an .xls, another Office document: said for what it is.
      setError(foreignFormat(bytes)?.about(f.name) ?? `« ${f.name} » n'est pas un classeur Excel (.xlsx ou .xlsm).`);
      return;
    }
    setFile({ name: f.name, host: new XlsxHost(bytes) });
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: 12, fontFamily: 'Segoe UI, sans-serif' }}>
        <label>
          <Text>Classeur à ouvrir (.xlsx, .xlsm) : </Text>
          <input type="file" accept=".xlsx,.xlsm" onChange={(e) => void open(e.target.files?.[0])} />
        </label>
        {error && <p role="alert">{error}</p>}
        {changed && file && (
          <Button appearance="primary" onClick={() => download(file.host.bytes(), outputName(file.name))}>
            Télécharger le classeur modifié
          </Button>
        )}
      </div>
      {file && <App key={file.name} host={file.host} onApplied={() => setChanged(true)} />}
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Standalone />);
