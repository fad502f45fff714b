/** Every generated fixture through the whole path: recognise, repair, recompute, through the .xlsx host. */
import { RISK_MATRIX } from '../../src/domain/catalogue/scales';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { readRating } from '../../src/domain/method/rating';
import { columnNumber } from '../../src/domain/workbook/address';
import { recognise, tableNamed } from '../../src/domain/workbook/recognise';
import { contentRows } from '../../src/domain/workbook/rows';
import { CATALOGUE_SHEET } from '../../src/domain/workbook/specs';
import { isCellError, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { allFixtures, fixtureBytes } from '../fixtures/generate';

/** Every typed cell (not a formula) of the sheets the input had: what must never change. */
function typedCells(s: WorkbookSnapshot, sheets: string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const sheet of s.sheets.filter((x) => sheets.includes(x.name))) {
    sheet.values.forEach((line, r) => line.forEach((v, c) => {
      if (v !== null && (sheet.formulas[r]?.[c] ?? null) === null) out.set(`${sheet.name}!${r + 1}:${c + 1}`, v);
    }));
  }
  return out;
}

describe.each(allFixtures().map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  let input: WorkbookSnapshot;
  let repairedBytes: Uint8Array;
  let finalBytes: Uint8Array;
  let final: WorkbookSnapshot;

  beforeAll(async () => {
    const bytes = await fixtureBytes(fixture);
    input = readSnapshot(bytes);
    repairedBytes = applyPlan(bytes, planRepair(input));
    const repaired = readSnapshot(repairedBytes);
    finalBytes = applyPlan(repairedBytes, planRecompute(repaired));
    final = readSnapshot(finalBytes);
  });

  it('is recognised with its risk table and its rows', () => {
    const rec = recognise(input);
    expect(rec.kind).toBe(fixture.kind);
    const table = tableNamed(rec, fixture.kind === 'programme' ? 'actions' : 'risques')!;
    expect(table).toBeDefined();
    expect(contentRows(input.sheets.find((s) => s.name === table.sheet)!, table)).toHaveLength(fixture.riskRows);
  });

  it('has #REF! before repair and none after', () => {
    expect(recognise(input).refErrors).toBeGreaterThan(0);
    const after = readSnapshot(repairedBytes);
    const errors = after.sheets.flatMap((s) => s.values.flat().filter((v) => isCellError(v)));
    expect(errors).toEqual([]);
  });

  it('gives the matrix’s letter on every rated row', () => {
    const rec = recognise(final);
    const table = tableNamed(rec, 'risques');
    if (!table) return expect(fixture.kind).toBe('programme');
    const sheet = final.sheets.find((s) => s.name === table.sheet)!;
    const rows = contentRows(sheet, table);
    expect(rows.length).toBe(fixture.riskRows);
    for (const r of rows) {
      const g = readRating(r.cells.gravite);
      const f = readRating(r.cells.frequence);
      const expected = g.ok && f.ok ? RISK_MATRIX[g.rating - 1][f.rating - 1] : '';
      expect({ row: r.row, index: r.cells.indice }).toEqual({ row: r.row, index: expected });
      expect(sheet.formulas[r.row - 1][columnNumber(table.columns.indice) - 1]).toMatch(/^=IFERROR\(INDEX\(DUERP_Matrice,/);
    }
  });

  it('keeps every typed cell as it was', () => {
    const sheets = input.sheets.map((s) => s.name);
    const before = typedCells(input, sheets);
    const after = typedCells(final, sheets);
    // The DU's automatic rank is derived: the one typed column we own.
    const risks = tableNamed(recognise(input), 'risques');
    const rankCol = risks?.columns.rang ? columnNumber(risks.columns.rang) : -1;
    for (const [at, v] of before) {
      if (risks && at.startsWith(`${risks.sheet}!`) && at.endsWith(`:${rankCol}`)) continue;
      expect({ at, v: after.get(at) }).toEqual({ at, v });
    }
  });

  it('plans nothing on a second run', () => {
    expect(planRepair(final).edits).toEqual([]);
    expect(planRecompute(final).edits).toEqual([]);
  });

  it('carries its catalogue sheet and dropdowns', () => {
    expect(final.sheets.some((s) => s.name === CATALOGUE_SHEET)).toBe(true);
    expect(final.names.map((n) => n.name)).toEqual(expect.arrayContaining(['DUERP_Familles', 'DUERP_Matrice', 'DUERP_Unites']));
    const rec = recognise(final);
    const main = tableNamed(rec, fixture.kind === 'programme' ? 'actions' : 'risques')!;
    const sheet = final.sheets.find((s) => s.name === main.sheet)!;
    expect(sheet.validations.some((v) => v.formula1 === '=DUERP_Familles' && v.range.startsWith(`${main.columns.famille}${main.firstRow}:`))).toBe(true);
  });
});
