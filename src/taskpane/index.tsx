/** The pane in Excel: Office.onReady, then the App over the Excel host. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../excel/excel-host';
import { App } from './App';

function render(node: React.ReactNode): void {
  createRoot(document.getElementById('root')!).render(node);
}

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    render(
      <p style={{ fontFamily: 'Segoe UI, sans-serif', padding: 12 }}>
        Ce volet s’ouvre dans Excel (onglet Accueil, bouton « Ouvrir l’assistant »). Sans Excel, ouvrez la page autonome
        standalone.html et choisissez un classeur .xlsx.
      </p>,
    );
    return;
  }
  const host = new ExcelHost(Excel.run.bind(Excel) as never, (name, version) => Office.context.requirements.isSetSupported(name, version));
  const missing = host.checkRequirements();
  render(missing ? <p style={{ padding: 12 }}>{missing}</p> : <App host={host} />);
});
