/**
 * A large sheet patched on a second thread (src/xlsx/node-sheet-thread.ts) gives the very bytes
 * the main thread gives, and the command line prints and exits as without it: the compiled module
 * with a real thread, and the bundled command line in its own process (DUERP_THREADS=0 for the
 * other side). A thread that fails hands its sheet back to the main thread.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { recognise } from '../../src/domain/workbook/recognise';
import { applyPlan, applyPlanAsync } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import '../../src/xlsx/node-zlib';
import { largeCensus } from '../fixtures/generate';
import { buildCliInto } from '../helpers/cli';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-sheet-thread-'));
const bin = path.join(base, 'bin', 'duerp.js');
const work = path.join(base, 'work');
const at = (name: string) => path.join(work, name);

let census: Uint8Array;

beforeAll(async () => {
  buildCliInto(base);
  fs.mkdirSync(work);
  // Over a megabyte once repaired: the size from which the command line starts a thread.
  const broken = await buildWorkbook(largeCensus(30_000));
  const snapshot = readSnapshot(broken);
  census = applyPlan(broken, planRepair(snapshot, recognise(snapshot)));
  expect(census.length).toBeGreaterThan(1_000_000);
  fs.writeFileSync(at('recensement.xlsx'), census);
}, 180_000);

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function recomputePlan(bytes: Uint8Array) {
  const snapshot = readSnapshot(bytes);
  return planRecompute(snapshot, recognise(snapshot));
}

it('the compiled thread patches the census sheet into the same bytes as the main thread', async () => {
  const { SheetThread, THREAD_MIN_WRITES } = require(path.join(base, 'build/xlsx/node-sheet-thread.js')) as typeof import('../../src/xlsx/node-sheet-thread');
  const thread = SheetThread.start(census)!;
  expect(thread).not.toBeNull();
  try {
    const plan = recomputePlan(census);
    const asked: { path: string; writes: number }[] = [];
    const offload: typeof thread.offload = (p, changes) => {
      const answer = thread.offload(p, changes);
      if (answer) asked.push({ path: p, writes: changes.writes.length });
      return answer;
    };
    const threaded = await applyPlanAsync(census, plan, offload);
    // Only the census grid is large enough to go to the thread.
    expect(asked).toHaveLength(1);
    expect(asked[0].writes).toBeGreaterThanOrEqual(THREAD_MIN_WRITES);
    expect(Buffer.compare(Buffer.from(threaded), Buffer.from(applyPlan(census, plan)))).toBe(0);
  } finally {
    thread.close();
  }
}, 120_000);

it('a sheet the other side fails to patch is patched here, into the same bytes', async () => {
  const plan = recomputePlan(census);
  const offered: string[] = [];
  const failing = (p: string) => {
    offered.push(p);
    return Promise.reject(new Error('fil arrêté'));
  };
  const bytes = await applyPlanAsync(census, plan, failing);
  expect(offered.length).toBeGreaterThan(0);
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(applyPlan(census, plan)))).toBe(0);
}, 120_000);

it('the command line writes and prints the same with its thread as without (exit 0, nothing on stderr)', () => {
  const run = (out: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [bin, 'recompute', 'recensement.xlsx', '-o', out, '--json'], { cwd: work, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  const threaded = run('avec-fil.xlsx', {});
  const alone = run('sans-fil.xlsx', { DUERP_THREADS: '0' });
  expect({ status: threaded.status, stderr: threaded.stderr }).toEqual({ status: 0, stderr: '' });
  expect({ status: alone.status, stderr: alone.stderr }).toEqual({ status: 0, stderr: '' });
  expect(threaded.stdout).toBe(alone.stdout);
  expect(JSON.parse(threaded.stdout).changes.length).toBeGreaterThan(29_000);
  expect(Buffer.compare(fs.readFileSync(at('avec-fil.xlsx')), fs.readFileSync(at('sans-fil.xlsx')))).toBe(0);
}, 180_000);
