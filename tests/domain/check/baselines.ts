/** Clean workbooks for the check's tests: the filled fixtures, repaired and recomputed in memory. */
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair } from '../../../src/domain/plans/repair';
import { layoutToSnapshot, type TemplateLayout } from '../../../src/domain/templates';
import { parseA1 } from '../../../src/domain/workbook/address';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../../fixtures/generate';

export const TODAY = new Date(2026, 10, 22);

export function clean(layout: TemplateLayout): WorkbookSnapshot {
  const s = layoutToSnapshot(layout);
  const repaired = applyPlanToSnapshot(s, planRepair(s));
  return applyPlanToSnapshot(repaired, planRecompute(repaired));
}

/** Built once (repair and recompute are deterministic), handed out as a fresh copy each call. */
function once(make: () => WorkbookSnapshot): () => WorkbookSnapshot {
  let made: WorkbookSnapshot | undefined;
  return () => structuredClone((made ??= make()));
}

export const census = once(() => clean(filledCensus()));
export const du = once(() => clean(filledDocumentUnique()));
export const programme = once(() => clean(filledProgramme()));

/** Sets cells of a sheet in a snapshot copy (values, no formula). */
export function edit(s: WorkbookSnapshot, sheet: string, cells: Record<string, WorkbookSnapshot['sheets'][number]['values'][number][number]>): WorkbookSnapshot {
  const out = structuredClone(s);
  const target = out.sheets.find((x) => x.name === sheet)!;
  for (const [a, v] of Object.entries(cells)) {
    const { row, col } = parseA1(a);
    while (target.values.length < row) { target.values.push([]); target.formulas.push([]); }
    while (target.values[row - 1].length < col) target.values[row - 1].push(null);
    while (target.formulas[row - 1].length < col) target.formulas[row - 1].push(null);
    target.values[row - 1][col - 1] = v;
    target.formulas[row - 1][col - 1] = null;
  }
  return out;
}
