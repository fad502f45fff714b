/** LibreOffice computes the residual indices we write, as the core does (ratings typed as text included). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import type { FormulaEdit } from '../../src/domain/plans/plan';
import { planRepair } from '../../src/domain/plans/repair';
import { planAddResidual } from '../../src/domain/plans/residual';
import { riskIndexOfCells } from '../../src/domain/method/risk-index';
import { CENSUS_TABLE, DU_TABLE } from '../../src/domain/templates';
import { cellValue, findSheet, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { residualCensus, residualDocumentUnique } from '../fixtures/residual';
import { convert, libreOfficeRequired, sofficePath } from '../helpers/libreoffice';
import type { TemplateLayout } from '../../src/domain/templates';

const available = sofficePath() !== null;
if (!available && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = available ? describe : describe.skip;

async function writtenAndRecalculated(layout: TemplateLayout): Promise<{ core: WorkbookSnapshot; lo: WorkbookSnapshot; formulas: FormulaEdit[] }> {
  const bytes = await buildWorkbook(layout);
  const snapshot = readSnapshot(bytes);
  const repair = planRepair(snapshot);
  const repaired = applyPlanToSnapshot(snapshot, repair);
  const plan = planAddResidual(repaired);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-residuel-')), 'classeur.xlsx');
  fs.writeFileSync(file, applyPlan(applyPlan(bytes, repair), plan));
  return {
    core: applyPlanToSnapshot(repaired, plan),
    lo: readSnapshot(fs.readFileSync(convert(file, 'xlsx', 'xlsx'))),
    formulas: plan.edits.filter((e): e is FormulaEdit => e.kind === 'formula'),
  };
}

/** Residual G, F and index of the first rows of a table, as a workbook shows them. */
function residualRows(s: WorkbookSnapshot, sheet: string, firstRow: number, firstCol: number, rows: number) {
  const sh = findSheet(s, sheet)!;
  return Array.from({ length: rows }, (_, i) => {
    const v = (c: number) => cellValue(sh, firstRow + i, firstCol + c);
    return { g: v(0), f: v(1), index: v(2) ?? '' };
  });
}

maybe('LibreOffice computes the residual index', () => {
  it.each([
    ['the document unique (columns O–Q)', residualDocumentUnique, DU_TABLE.sheet, DU_TABLE.firstRow, 15],
    ['the census (columns M–O, a stale index typed by hand)', residualCensus, CENSUS_TABLE.sheet, CENSUS_TABLE.firstRow, 13],
  ])('on %s as the core does', async (_, layout, sheet, firstRow, firstCol) => {
    const { core, lo, formulas } = await writtenAndRecalculated(layout());
    expect(formulas.some((e) => e.sheet === sheet && /DUERP_Matrice/.test(e.formula))).toBe(true);
    const ours = residualRows(core, sheet, firstRow, firstCol, 8);
    expect(ours.map((r) => r.index)).toEqual(['D', 'C', 'A', 'C', 'B', '', '', '']);
    expect(ours.map((r) => r.index)).toEqual(ours.map((r) => riskIndexOfCells(r.g, r.f) ?? ''));
    expect(residualRows(lo, sheet, firstRow, firstCol, 8).map((r) => r.index)).toEqual(ours.map((r) => r.index));
  }, 120_000);
});
