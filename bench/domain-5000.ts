/**
 * Times the pure core on a census snapshot of N rows (default 5,000): recognition, repair, recompute.
 * Run: node -r ./bench/register.js bench/domain-5000.ts [N]
 */
import { performance } from 'perf_hooks';
import { planRecompute } from '../src/domain/plans/recompute';
import { planRepair } from '../src/domain/plans/repair';
import { layoutToSnapshot } from '../src/domain/templates';
import { recognise } from '../src/domain/workbook/recognise';
import { largeCensus } from '../tests/fixtures/generate';

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`${label.padEnd(28)} ${(performance.now() - t0).toFixed(1)} ms`);
  return out;
}

const rows = Number(process.argv[2] ?? 5000);
const snapshot = layoutToSnapshot(largeCensus(rows));
console.log(`Cœur pur, recensement de ${rows} lignes`);
time('recognise', () => recognise(snapshot));
const repair = time('planRepair', () => planRepair(snapshot));
const recompute = time('planRecompute', () => planRecompute(snapshot));
console.log(`modifications : réparation ${repair.edits.length}, recalcul ${recompute.edits.length}`);
