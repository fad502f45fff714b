/** The same pane over an .xlsx file, in any browser: pick a workbook, work on it, download the result. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { XlsxHost } from '../xlsx/xlsx-host';
import { readSnapshot } from '../xlsx/read-snapshot';
import { UnreadableWorkbook } from '../xlsx/errors';
import { App } from '../taskpane/App';
import { FilePicker } from '../taskpane/shared/FilePicker';
import { download } from '../taskpane/shared/download';
import type { PaneHost } from '../taskpane/pane-host';
import { frenchError } from '../taskpane/errors';

export function outputName(input: string): string {
  const m = /^(.*?)(\.xlsm|\.xlsx)?$/i.exec(input)!;
  return `${m[1]}-modifie${(m[2] ?? '.xlsx').toLowerCase()}`;
}

class FileHost extends XlsxHost implements PaneHost {
  readonly where = 'fichier' as const;
  constructor(bytes: Uint8Array, private readonly name: string) {
    super(bytes);
  }
  async fileBytes(): Promise<Uint8Array> {
    return this.bytes();
  }
  fileName(): string {
    return this.name;
  }
}

function Standalone() {
  const [file, setFile] = React.useState<{ name: string; host: FileHost; id: number } | null>(null);
  const [changed, setChanged] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  // The first render, for the bench's first-paint figure.
  React.useEffect(() => void performance.mark('duerp-premier-affichage'), []);
  const open = async (f: File) => {
    setError(null);
    setChanged(false);
    if (!/\.(xlsx|xlsm)$/i.test(f.name)) {
      setError(`« ${f.name} » n'est pas un classeur Excel (.xlsx ou .xlsm attendu).`);
      return;
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (bytes.length === 0) {
      setError(`« ${f.name} » est vide : ce n'est pas un classeur Excel.`);
      return;
    }
    try {
      readSnapshot(bytes);
    } catch (e) {
      // The reader's own sentence, with the file named, as the command line says it.
      setError(e instanceof UnreadableWorkbook ? e.about(f.name) : `« ${f.name} » ne peut pas être ouvert : ${frenchError(e)}`);
      return;
    }
    setFile({ name: f.name, host: new FileHost(bytes, f.name), id: Date.now() });
  };
  const header = (
    <div style={{ margin: '4px 0' }}>
      <FilePicker label={file ? 'Ouvrir un autre classeur' : 'Ouvrir un classeur'} onFiles={(files) => void open(files[0])} />
      {file && <Caption1 block>Fichier : {file.name}</Caption1>}
      {changed && file && (
        <Button appearance="primary" style={{ marginTop: 6 }} onClick={() => download(file.host.bytes(), outputName(file.name))}>
          Télécharger le classeur modifié
        </Button>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
  if (!file) {
    return (
      <FluentProvider theme={webLightTheme}>
        <main style={{ padding: '8px 10px', fontFamily: 'Segoe UI, sans-serif' }}>
          <h1 style={{ fontSize: 18, margin: '4px 0' }}>Assistant DUERP</h1>
          <p style={{ margin: '4px 0' }}>
            Ouvrez un outil de recensement, un document unique ou un programme annuel (.xlsx, .xlsm). Le fichier reste sur ce poste : rien n’est envoyé.
          </p>
          {header}
        </main>
      </FluentProvider>
    );
  }
  return <App key={file.id} host={file.host} onApplied={() => setChanged(true)} header={header} />;
}

// On a browser too old for the page, assets/compat.js has already said so.
if (!(window as { __duerpTropAncien?: boolean }).__duerpTropAncien) createRoot(document.getElementById('root')!).render(<Standalone />);
