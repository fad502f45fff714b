/**
 * Mutants of src/domain/plans/copy-risks.ts: chosen risk rows added again for other work units.
 *
 * Equivalent mutants (not targeted):
 * - line 44 regex without its `$` anchor: `.*` runs to the end anyway.
 * - line 81 `value === null` → false: a null then reads as '' and is skipped by the blank test.
 * - line 81 `!letter || value === null` → `&&`: a missing column's value is null, but for the unit, and a risk
 *   table is only recognised with its unit column.
 * - line 83 `if (e)` → `if (true)`: the target rows are free, so the value edit is never null there.
 * - line 87 the command of the in-memory plan applied before recomputing: never shown.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { planCopyRisks, type CopyRequest } from '../../../../src/domain/plans/copy-risks';
import type { Edit, FormulaEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import type { WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { CENSUS_RISKS, filledCensus, filledDocumentUnique } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';
import { rowAt, sheetOf, workbookOf } from '../../../helpers/snapshot-builder';
import { snap, valueAt } from './helpers';

const DU = DU_TABLE.sheet;
const du = layoutToSnapshot(filledDocumentUnique({ broken: false }));
const census = layoutToSnapshot(filledCensus({ broken: false }));
const ENC = { code: 'A 01', title: 'Encadrement' };
const ACC = { code: 'A 16', title: 'Accueil' };

const req = (rows: number[], units: CopyRequest['units'], ratings: CopyRequest['ratings'] = 'copier'): CopyRequest => ({ rows, units, ratings });
const cellsOf = (edits: Edit[], row: number) =>
  Object.fromEntries(edits.filter((e): e is ValueEdit => e.kind === 'value' && !e.cell.startsWith('K') && Number(/\d+$/.exec(e.cell)![0]) === row).map((e) => [e.cell.replace(/\d+$/, ''), e.after]));
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 'copie', edits });

describe('planCopyRisks', () => {
  it('does nothing in a workbook without a risk table', () => {
    expect(planCopyRisks(snap({ Feuil1: { A1: 'x' } }), req([1], [ENC]))).toEqual({ command: 'copie', edits: [], added: 0, skipped: [] });
  });

  it('adds the row for the unit after the last risk, with site, agents, family, danger, situation, means and ratings', () => {
    const plan = planCopyRisks(du, req([DU_TABLE.firstRow], [ENC]));
    expect(plan.command).toBe('copie');
    expect(plan.added).toBe(1);
    expect(plan.skipped).toEqual([]);
    const r = CENSUS_RISKS[0];
    expect(cellsOf(plan.edits, 14)).toEqual({ A: 'SIP Nord', B: 'A 01 - Encadrement', C: r[1], D: r[2], E: r[3], F: r[4], G: r[5], H: r[6], I: r[7] });
    // what the GT decided for the source row is not copied
    expect(plan.edits.some((e) => e.kind === 'value' && /^[LMN]14$/.test(e.cell))).toBe(false);
    for (const e of plan.edits.filter((x) => x.kind === 'value' && /^[A-I]14$/.test(x.cell))) expect(e.reason).toContain('A 01 - Encadrement');
  });

  it('leaves the ratings empty when asked to', () => {
    const plan = planCopyRisks(du, req([DU_TABLE.firstRow], [ENC], 'vides'));
    const row = cellsOf(plan.edits, 14);
    expect(row.H).toBeUndefined();
    expect(row.I).toBeUndefined();
    expect(row.F).toBe(CENSUS_RISKS[0][4]);
    expect(plan.edits.some((e) => e.kind === 'formula' && e.cell === 'J14' && e.result !== '')).toBe(false);
  });

  it('writes no empty field of the source', () => {
    // the second row has no current means
    const plan = planCopyRisks(du, req([DU_TABLE.firstRow + 1], [ACC]));
    expect(plan.added).toBe(1);
    expect(cellsOf(plan.edits, 14).G).toBeUndefined();
    const errored = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { G9: { error: '#N/A' }, C9: '  ' }));
    const row = cellsOf(planCopyRisks(errored, req([DU_TABLE.firstRow + 1], [ACC])).edits, 14);
    expect(row.G).toBeUndefined();
    expect(row.C).toBeUndefined();
    expect(row.F).toBe(CENSUS_RISKS[1][4]);
  });

  it('adds one row per unit and source, in order, computing their index and shifting the ranks', () => {
    const plan = planCopyRisks(du, req([9, 10], [ENC, ACC]));
    // row 9 already exists for A 01 (the source itself): reported, not added
    expect(plan.added).toBe(3);
    expect([14, 15, 16].map((r) => cellsOf(plan.edits, r).B)).toEqual(['A 16 - Accueil', 'A 01 - Encadrement', 'A 16 - Accueil']);
    expect([14, 15, 16].map((r) => cellsOf(plan.edits, r).F)).toEqual([CENSUS_RISKS[1][4], CENSUS_RISKS[2][4], CENSUS_RISKS[2][4]]);
    const formulas = plan.edits.filter((e): e is FormulaEdit => e.kind === 'formula');
    expect(formulas.map((e) => e.cell)).toEqual(['J14', 'J15', 'J16']);
    // derived edits only touch the new rows and the rank column
    const derived = plan.edits.filter((e) => e.kind !== 'value' || e.reason !== plan.edits[0].reason);
    for (const e of derived) expect(e.kind === 'formula' || e.kind === 'value' ? /^(K\d+|[A-Z]1[4-6])$/.test(e.cell) : false).toBe(true);
    expect(derived.some((e) => e.kind === 'value' && e.cell === 'K8')).toBe(true);
    const after = apply(du, plan.edits);
    const ranks = Array.from({ length: 9 }, (_, i) => valueAt(after, DU, `K${8 + i}`));
    expect([...ranks].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reports a risk the unit already has (same family and situation), whatever the unit’s title or spacing', () => {
    const plan = planCopyRisks(du, req([DU_TABLE.firstRow], [{ code: 'A16', title: 'Autre titre' }]));
    expect(plan.added).toBe(0);
    expect(plan.command).toBe('copie');
    expect(plan.edits).toEqual([]);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ row: DU_TABLE.firstRow, unit: 'A16' });
    expect(plan.skipped[0].message).toContain(String(CENSUS_RISKS[0][4]));
  });

  it('knows a unit by its whole code, letters then digits, and a label that is no code by all its text', () => {
    const two = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { B8: 'AB 12 - Atelier' }));
    expect(planCopyRisks(two, req([8], [{ code: 'AB 12', title: 'Autre titre' }])).added).toBe(0);
    const digit = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { B8: '1 X2 - Atelier' }));
    expect(planCopyRisks(digit, req([8], [{ code: '1 X2', title: 'Atelier' }])).added).toBe(1);
    expect(planCopyRisks(digit, req([8], [{ code: '1 X2 - Atelier', title: '' }])).added).toBe(0);
  });

  it('copies into a table without some of the copied columns', () => {
    const headers = ['Site', 'Unités de travail', "Nb d'agents exposés", 'Type de risques', 'Nature du danger', "Description de la situation d'exposition", 'Gravité', 'Fréquence', 'Indice de risque', 'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenue par le GT'];
    const s = workbookOf(
      sheetOf('Identification', { A1: 'Direction', B1: 'DGI', A2: 'Service', B2: 'DSF' }),
      sheetOf(DU, { ...rowAt('A7', headers), ...rowAt('A8', ['SIP', 'A 16 - Accueil', 4, 'RPS', 'Agression', 'Guichet', 3, 3]) }),
    );
    const plan = planCopyRisks(s, req([8], [ENC]));
    expect(plan.added).toBe(1);
    expect(cellsOf(plan.edits, 9)).toMatchObject({ A: 'SIP', B: 'A 01 - Encadrement', C: 4, D: 'RPS', E: 'Agression', F: 'Guichet', G: 3, H: 3 });
  });

  it('names the family of a skipped risk that has no situation', () => {
    const s = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { F8: null }));
    const plan = planCopyRisks(s, req([8], [ACC]));
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0].message).toContain(`« ${String(CENSUS_RISKS[0][2])} »`);
    const errored = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { F8: { error: '#N/A' } }));
    expect(planCopyRisks(errored, req([8], [ACC])).skipped[0].message).toContain(`« ${String(CENSUS_RISKS[0][2])} »`);
  });

  it('adds a risk the unit has under another family, or with another situation', () => {
    // row 9 is unit A 01: give it row 8's situation under its own family, then row 8's family with its own situation
    const sameSituation = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { F9: CENSUS_RISKS[0][4] }));
    expect(planCopyRisks(sameSituation, req([8], [ENC])).added).toBe(1);
    const sameFamily = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { D9: CENSUS_RISKS[0][2] }));
    expect(planCopyRisks(sameFamily, req([8], [ENC])).added).toBe(1);
    const both = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { D9: CENSUS_RISKS[0][2], F9: CENSUS_RISKS[0][4] }));
    expect(planCopyRisks(both, req([8], [ENC])).added).toBe(0);
  });

  it('adds a risk once for a unit even when two chosen rows are the same risk', () => {
    const s = layoutToSnapshot(fill(filledDocumentUnique({ broken: false }), DU, { D12: CENSUS_RISKS[0][2], F12: CENSUS_RISKS[0][4] }));
    const plan = planCopyRisks(s, req([8, 12], [ENC]));
    expect(plan.added).toBe(1);
    expect(plan.skipped.map((k) => k.row)).toEqual([12]);
  });

  it('copies census rows too, where there is no rank to shift', () => {
    const first = CENSUS_TABLE.firstRow;
    const plan = planCopyRisks(census, req([first], [ENC]));
    expect(plan.added).toBe(1);
    expect(cellsOf(plan.edits, 15).B).toBe('A 01 - Encadrement');
    for (const e of plan.edits) expect(e.kind === 'value' || e.kind === 'formula' ? e.cell.endsWith('15') : false).toBe(true);
  });

  it('copies nothing from rows that are not risks', () => {
    expect(planCopyRisks(du, req([3, 99], [ENC]))).toMatchObject({ edits: [], added: 0, skipped: [] });
  });

  it('a copied risk is then known: copying it again reports it', () => {
    const once = apply(du, planCopyRisks(du, req([8], [ENC])).edits);
    const again = planCopyRisks(once, req([8], [ENC]));
    expect(again.added).toBe(0);
    expect(again.skipped).toHaveLength(1);
  });
});
