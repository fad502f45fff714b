/** The same pane over an .xlsx file, in any browser: pick a workbook, work on it, download the result. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import type { FileHost } from './file-host';
import { App } from '../taskpane/App';
import { FilePicker } from '../taskpane/shared/FilePicker';
import { download } from '../taskpane/shared/download';

export function outputName(input: string): string {
  const m = /^(.*?)(\.xlsm|\.xlsx)?$/i.exec(input)!;
  return `${m[1]}-modifie${(m[2] ?? '.xlsx').toLowerCase()}`;
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
    const { openFile } = await import(/* webpackChunkName: "fichier" */ './file-host');
    const opened = openFile(bytes, f.name);
    if (typeof opened === 'string') {
      setError(opened);
      return;
    }
    setFile({ name: f.name, host: opened, id: Date.now() });
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
