/**
 * Times the .xlsx path on a census of N risk rows (default 5,000): read, plan, patch; then the
 * whole command line, and LibreOffice's recalculation of the same file for comparison.
 * Run: npm run bench (or node -r ./bench/register.js bench/xlsx-5000.ts 5000)
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { planRecompute } from '../src/domain/plans/recompute';
import { planRepair } from '../src/domain/plans/repair';
import { applyPlan } from '../src/xlsx/apply-plan';
import { buildWorkbook } from '../src/xlsx/build-workbook';
import { readSnapshot } from '../src/xlsx/read-snapshot';
import { largeCensus } from '../tests/fixtures/generate';

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`  ${label.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return out;
}

export async function benchXlsx(rows: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bench-'));
  const input = path.join(dir, 'recensement.xlsx');
  fs.writeFileSync(input, await buildWorkbook(largeCensus(rows)));
  console.log(`Recensement de ${rows} lignes (${(fs.statSync(input).size / 1024).toFixed(0)} Ko)`);
  const bytes = new Uint8Array(fs.readFileSync(input));
  const snapshot = time('lecture (readSnapshot)', () => readSnapshot(bytes));
  const repair = time('plan de réparation', () => planRepair(snapshot));
  const repaired = time(`écriture réparation (${repair.edits.length} modif.)`, () => applyPlan(bytes, repair));
  const again = time('relecture', () => readSnapshot(repaired));
  const recompute = time('plan de recalcul', () => planRecompute(again));
  time(`écriture recalcul (${recompute.edits.length} modif.)`, () => applyPlan(repaired, recompute));

  const cli = path.join(__dirname, '..', 'bin', 'duerp.js');
  for (const command of ['repair', 'recompute']) {
    const t0 = performance.now();
    const r = spawnSync('node', [cli, command, input, '-o', path.join(dir, `${command}.xlsx`), '--json'], { stdio: 'ignore' });
    console.log(`  duerp ${command.padEnd(28)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms (sortie ${r.status})`);
  }
  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  if (soffice) {
    const t0 = performance.now();
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo-out'), input], { stdio: 'pipe' });
    console.log(`  ${'LibreOffice (ouvrir + enregistrer)'.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  }
}

if (require.main === module) void benchXlsx(Number(process.argv[2] ?? 5000));
