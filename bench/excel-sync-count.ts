/**
 * What the Excel host really sends, per command, through Microsoft's runtime (excel-web-16.00.js
 * in jsdom, host channel recorded: tests/excel/office-runtime.ts): syncs, actions, request bytes,
 * the largest request, for censuses of 5,000 and 50,000 rows.
 * Run: node -r ./bench/register.js bench/excel-sync-count.ts [rows…]
 */
import { ExcelHost } from '../src/excel/excel-host';
import { applyPlanToSnapshot } from '../src/domain/plans/apply-to-snapshot';
import { planRecompute } from '../src/domain/plans/recompute';
import { planRepair } from '../src/domain/plans/repair';
import { layoutToSnapshot } from '../src/domain/templates';
import { largeCensus } from '../tests/fixtures/generate';
import { fakeWorkbookFromSnapshot } from '../tests/excel/fake-excel';
import { officeRuntime, requestFigures } from '../tests/excel/office-runtime';

const mb = (n: number) => `${(n / 1_000_000).toFixed(2)} Mo`;

export async function benchSyncs(sizes: number[] = [5000, 50000]): Promise<void> {
  console.log('Excel (moteur Office.js réel, canal hôte enregistré) : ce que chaque commande envoie');
  for (const rows of sizes) {
    const snapshot = layoutToSnapshot(largeCensus(rows));
    const repair = planRepair(snapshot);
    const repaired = applyPlanToSnapshot(snapshot, repair);
    const recompute = planRecompute(repaired);
    for (const [name, before, plan] of [['lire', snapshot, null], ['réparer', snapshot, repair], ['recalculer', repaired, recompute]] as const) {
      const { run, requests } = officeRuntime(fakeWorkbookFromSnapshot(before));
      const host = new ExcelHost(run);
      const t0 = Date.now();
      await host.read();
      const read = requests.length;
      if (plan) await host.apply(plan);
      const sent = plan ? requests.slice(read) : requests;
      const f = requestFigures(sent);
      const cells = plan ? plan.edits.filter((e) => e.kind === 'value' || e.kind === 'formula').length : 0;
      console.log(
        `  ${String(rows).padStart(6)} lignes, ${name.padEnd(10)} : ${String(f.requests).padStart(3)} sync, ` +
          `${String(f.actions).padStart(6)} actions (${((f.actions / rows) * 1000).toFixed(1)} / 1 000 lignes), ` +
          `${mb(f.messageBytes)} envoyés, plus grosse requête ${mb(f.largest)}, plus grosse réponse ${mb(f.largestResponse)}` +
          (plan ? `, ${cells} cellules en ${host.lastStats.blocks} blocs` : '') +
          `, ${Date.now() - t0} ms`,
      );
    }
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  void benchSyncs(sizes.length > 0 ? sizes : undefined);
}
