/**
 * Counts context.sync() and proxy calls of a command through the fake Excel (tests/excel), for
 * 10, 1,000 and 5,000 rows. Run: node -r ./bench/register.js bench/excel-sync-count.ts
 */
import { ExcelHost } from '../src/excel/excel-host';
import { planRecompute } from '../src/domain/plans/recompute';
import { planRepair } from '../src/domain/plans/repair';
import { layoutToSnapshot } from '../src/domain/templates';
import { largeCensus } from '../tests/fixtures/generate';
import { fakeExcel, fakeWorkbookFromSnapshot } from '../tests/excel/fake-excel';

export async function benchSyncs(): Promise<void> {
  console.log('Excel (contexte simulé) : appels context.sync() et appels de proxy par commande');
  for (const rows of [10, 1000, 5000]) {
    const { run, stats } = fakeExcel(fakeWorkbookFromSnapshot(layoutToSnapshot(largeCensus(rows))));
    const host = new ExcelHost(run);
    await host.read();
    for (const [name, planner] of [['réparer', planRepair], ['recalculer', planRecompute]] as const) {
      const [s0, c0] = [stats.syncs, stats.calls];
      await host.apply(planner(await host.read()));
      console.log(`  ${String(rows).padStart(5)} lignes, ${name.padEnd(10)} : ${stats.syncs - s0} sync, ${stats.calls - c0} appels`);
      await host.read();
    }
  }
}

if (require.main === module) void benchSyncs();
