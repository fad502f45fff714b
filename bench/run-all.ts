/** npm run bench: every benchmark, figures printed (budgets live here, not in timed tests). */
import { benchSyncs } from './excel-sync-count';
import { benchXlsx } from './xlsx-5000';
import { benchPane } from './pane';
import { benchCliVsLibreOffice } from './cli-vs-libreoffice';

void (async () => {
  await benchSyncs();
  await benchXlsx(Number(process.argv[2] ?? 5000));
  await benchPane();
  await benchCliVsLibreOffice();
})();
