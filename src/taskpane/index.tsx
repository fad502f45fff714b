/**
 * The pane in Excel: Office.onReady, then the App over the Excel host. When Office.js did not load
 * (no network, a blocked CDN) or Excel is too old, a French sentence says so instead of a blank pane.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../excel/excel-host';
import { excelPaneHost } from '../excel/excel-events';
import { App } from './App';

function render(node: React.ReactNode): void {
  createRoot(document.getElementById('root')!).render(<FirstPaint>{node}</FirstPaint>);
}

/** Marks the first render, for the bench's first-paint figure. */
function FirstPaint({ children }: { children: React.ReactNode }) {
  React.useEffect(() => void performance.mark('duerp-premier-affichage'), []);
  return <>{children}</>;
}

function Message({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" style={{ fontFamily: 'Segoe UI, sans-serif', padding: 12, lineHeight: 1.4 }}>
      {children}
    </p>
  );
}

function start(): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    render(
      <Message>
        Office.js n’a pas pu être chargé : l’assistant a besoin d’une connexion à Microsoft (appsforoffice.microsoft.com). Vérifiez la connexion ou le
        pare-feu, puis rouvrez le volet. Sans Excel, la page autonome standalone.html fonctionne sur un fichier .xlsx.
      </Message>,
    );
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      render(
        <Message>
          Ce volet s’ouvre dans Excel (onglet Accueil, bouton « Ouvrir l’assistant »). Sans Excel, ouvrez la page autonome standalone.html et choisissez
          un classeur .xlsx.
        </Message>,
      );
      return;
    }
    const run = Excel.run.bind(Excel) as never;
    const host = new ExcelHost(run, (name, version) => Office.context.requirements.isSetSupported(name, version));
    const missing = host.checkRequirements();
    render(missing ? <Message>{missing}</Message> : <App host={excelPaneHost(host, run)} />);
  });
}

// Office.js is a blocking script before ours: by now it has loaded, or failed to. On a webview too
// old for the pane, assets/compat.js has already said so.
if (!(window as { __duerpTropAncien?: boolean }).__duerpTropAncien) start();
