/**
 * LibreOffice recalculates the Synthèse sheet we write and finds the core's counts: the G×F grid
 * over ratings typed as text, the letters, the families and the units; and a row added later,
 * without the add-in, is counted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import type { Plan } from '../../src/domain/plans/plan';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { SYNTHESE_SHEET, syntheseCounts, type SyntheseCounts } from '../../src/domain/plans/synthese';
import { RISK_FAMILIES } from '../../src/domain/catalogue/families';
import { cellValue, findSheet, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { textRatedDocumentUnique } from '../fixtures/residual';
import { convert, libreOfficeRequired, sofficePath } from '../helpers/libreoffice';

const available = sofficePath() !== null;
if (!available && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = available ? describe : describe.skip;

/** What the Synthèse sheet shows, in the shape of syntheseCounts. */
function shownCounts(snapshot: WorkbookSnapshot): Omit<SyntheseCounts, 'rows' | 'rated'> & { total: unknown } {
  const sheet = findSheet(snapshot, SYNTHESE_SHEET)!;
  const v = (row: number, col: number) => cellValue(sheet, row, col);
  const grid = [1, 2, 3, 4].map((g) => [1, 2, 3, 4].map((f) => v(5 + 4 - g, 1 + f) as number));
  const letters = { A: v(12, 2), B: v(13, 2), C: v(14, 2), D: v(15, 2) } as SyntheseCounts['letters'];
  const families = RISK_FAMILIES.map((_, i) => ({ label: v(18 + i, 1) as string, count: v(18 + i, 2) as number }));
  const units: SyntheseCounts['units'] = [];
  for (let row = 46; v(row, 1) !== null; row++) units.push({ label: v(row, 1) as string, count: v(row, 2) as number });
  return { grid, letters, families, units, total: v(9, 6) };
}

const expected = (c: SyntheseCounts) => ({ grid: c.grid, letters: c.letters, families: c.families, units: c.units, total: c.rated });

function recalculated(bytes: Uint8Array): WorkbookSnapshot {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-synthese-')), 'document-unique.xlsx');
  fs.writeFileSync(file, bytes);
  return readSnapshot(fs.readFileSync(convert(file, 'xlsx', 'xlsx')));
}

maybe('LibreOffice computes the Synthèse as the core does', () => {
  let written: Uint8Array;
  let core: WorkbookSnapshot;

  beforeAll(async () => {
    const bytes = await buildWorkbook(textRatedDocumentUnique());
    const snapshot = readSnapshot(bytes);
    const repair = planRepair(snapshot);
    const repaired = applyPlanToSnapshot(snapshot, repair);
    const recompute = planRecompute(repaired);
    written = applyPlan(applyPlan(bytes, repair), recompute);
    core = applyPlanToSnapshot(repaired, recompute);
  }, 60_000);

  it('finds the same grid, letters, families and units, ratings typed as text included', () => {
    const back = recalculated(written);
    const lo = shownCounts(back);
    const counts = syntheseCounts(core);
    // The grid's colours survive LibreOffice: expression rules over the matrix.
    const colours = findSheet(back, SYNTHESE_SHEET)!.conditionalFormats.find((cf) => cf.range === 'B5:E8');
    expect(colours?.formulas.every((f) => /DUERP_Matrice/.test(f))).toBe(true);
    expect(colours?.formulas).toHaveLength(4);
    expect(counts.rated).toBe(7);
    expect(lo).toEqual(expected(counts));
    // And the cached results we wrote are those numbers (readers that do not recalculate).
    expect(shownCounts(readSnapshot(written))).toEqual(expected(counts));
  }, 120_000);

  it('counts a row typed later without the add-in (the formulas cover the free rows below the table)', () => {
    const later: Plan = {
      command: 'saisie',
      edits: [
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'B120', before: null, beforeFormula: null, after: 'A 16 - Accueil - Accueil téléphonique', reason: '' },
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'D120', before: null, beforeFormula: null, after: '05 - Risques Chimiques (RCHI)', reason: '' },
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'H120', before: null, beforeFormula: null, after: ' 4 ', reason: '' },
        { kind: 'value', sheet: 'Hiérarchisation', cell: 'I120', before: null, beforeFormula: null, after: '4,0', reason: '' },
      ],
    };
    const lo = shownCounts(recalculated(applyPlan(written, later)));
    const counts = syntheseCounts(applyPlanToSnapshot(core, later));
    expect(counts.grid[3][3]).toBe(1);
    expect(lo).toEqual(expected(counts));
  }, 120_000);
});
