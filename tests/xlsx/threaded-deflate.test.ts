/** applyPlanAsync: sheets compressed on zlib's thread pool while the next rows are patched give the very bytes applyPlan gives. */
import { unzipSync } from 'fflate';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { applyPlan, applyPlanAsync } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { nodeCodec } from '../../src/xlsx/node-zlib';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { useNativeCodec } from '../../src/xlsx/zip';
import { largeCensus } from '../fixtures/generate';

afterAll(() => useNativeCodec(nodeCodec));

describe('applyPlanAsync', () => {
  it('writes the same package as applyPlan, a sheet of several compressed chunks included', async () => {
    useNativeCodec(nodeCodec);
    const broken = await buildWorkbook(largeCensus(8000));
    const repaired = applyPlan(broken, planRepair(readSnapshot(broken)));
    const plan = planRecompute(readSnapshot(repaired));
    const threaded = await applyPlanAsync(repaired, plan);
    expect(Buffer.from(threaded).equals(Buffer.from(applyPlan(repaired, plan)))).toBe(true);
    // Its largest sheet spans more than one 1 MB chunk, and reads back whole (sizes and CRCs checked).
    const sizes = Object.values(unzipSync(threaded)).map((p) => p.length);
    expect(Math.max(...sizes)).toBeGreaterThan(2 * 1024 * 1024);
    expect(planRecompute(readSnapshot(threaded)).edits.filter((e) => e.kind === 'formula')).toEqual([]);
  }, 60_000);

  it('falls back on one thread when the codec has none (the browser’s fflate)', async () => {
    useNativeCodec(null);
    const bytes = await buildWorkbook(largeCensus(50));
    const plan = planRepair(readSnapshot(bytes));
    expect(Buffer.from(await applyPlanAsync(bytes, plan)).equals(Buffer.from(applyPlan(bytes, plan)))).toBe(true);
    expect(await applyPlanAsync(bytes, { command: 'recompute', edits: [] })).toBe(bytes);
  });
});
