import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair } from '../../../src/domain/plans/repair';
import type { FormulaEdit, Plan } from '../../../src/domain/plans/plan';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { CATALOGUE_SHEET } from '../../../src/domain/workbook/specs';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { rowAt, sheetOf, workbookOf } from '../../helpers/snapshot-builder';

const REF = { f: '=#REF!', v: { error: '#REF!' } as CellValue };
const HEADERS = [
  'Site', 'Unités de travail : Métiers ou fonctions exposés', "Nb d'agents exposés", 'Type de risques (Risques liés à/aux…)',
  'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence',
  'Indice de risque', 'Moyens de prévention souhaités', "Type d'action",
];

function brokenCensus(): WorkbookSnapshot {
  return workbookOf(
    sheetOf('Informations générales', {
      B2: 'Dir. Générale', C2: 'DGDDI',
      B3: 'Sigle du service analysé (TP, CDI, BS…)', C3: 'BS Hendaye',
      B4: 'Rédacteur du site analysé', C4: 'M. Durand',
      B5: 'Adresse du site analysé',
      B6: 'Date de mise à jour', C6: 46000,
    }),
    sheetOf('Grille de recensement', {
      A1: 'Identification',
      A2: 'Nom du rédacteur', B2: REF,
      A3: 'Service analysé', B3: REF,
      A4: 'Adresse', B4: REF,
      D2: 'Date de mise à jour', E2: REF,
      ...rowAt('A6', HEADERS),
      ...rowAt('A7', [REF, 'F 64', 3, '21', 'Morsure', '', '', 3, '2', REF]),
      ...rowAt('A8', ['Typed site', 'A 16', 2, '18', '', '', '', ' 4 ', 4, REF]),
      ...rowAt('A9', [REF, 'A 01', 1, '01', '', '', '', 'trois', 1, REF]),
      ...rowAt('A10', [REF, null, null, null, null, null, null, null, null, REF]),
    }),
  );
}

const formulaAt = (plan: Plan, sheet: string, cell: string) =>
  plan.edits.find((e): e is FormulaEdit => e.kind === 'formula' && e.sheet === sheet && e.cell === cell);

const applyToSnapshot = applyPlanToSnapshot;

describe('planRepair', () => {
  const snapshot = brokenCensus();
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRepair(snapshot);
  });

  it('links the grid header fields to the information sheet, with their current values', () => {
    expect(formulaAt(plan, 'Grille de recensement', 'B2')).toMatchObject({ formula: "=IF('Informations générales'!$C$4=\"\",\"\",'Informations générales'!$C$4)", result: 'M. Durand' });
    expect(formulaAt(plan, 'Grille de recensement', 'B3')?.result).toBe('BS Hendaye');
    expect(formulaAt(plan, 'Grille de recensement', 'E2')?.result).toBe(46000);
    // The address is empty at the source: the link shows empty, not 0.
    expect(formulaAt(plan, 'Grille de recensement', 'B4')?.result).toBe('');
  });

  it('repairs per-row Site and index formulas, and never a typed Site', () => {
    expect(formulaAt(plan, 'Grille de recensement', 'A7')?.result).toBe('BS Hendaye');
    expect(plan.edits.some((e) => 'cell' in e && e.sheet === 'Grille de recensement' && e.cell === 'A8')).toBe(false);
    expect(formulaAt(plan, 'Grille de recensement', 'J7')?.result).toBe('B'); // G3 F2
    expect(formulaAt(plan, 'Grille de recensement', 'J8')?.result).toBe('A'); // ' 4 ' and 4
    expect(formulaAt(plan, 'Grille de recensement', 'J9')?.result).toBe(''); // 'trois' is no rating
    expect(formulaAt(plan, 'Grille de recensement', 'J10')?.result).toBe(''); // template row
  });

  it('brings the catalogue sheet that index formulas need', () => {
    expect(plan.edits.some((e) => e.kind === 'sheet' && e.sheet === CATALOGUE_SHEET)).toBe(true);
    expect(plan.edits.some((e) => e.kind === 'name' && e.name === 'DUERP_Matrice')).toBe(true);
  });

  it('leaves no #REF! in a recognised field or row, and plans nothing the second time', () => {
    const repaired = applyToSnapshot(snapshot, plan);
    const grid = repaired.sheets.find((s) => s.name === 'Grille de recensement')!;
    const errors = grid.values.flat().filter((v) => typeof v === 'object' && v !== null);
    expect(errors).toEqual([]);
    expect(planRepair(repaired).edits).toEqual([]);
  });

  it('never touches a typed cell', () => {
    const typed = (s: WorkbookSnapshot) =>
      s.sheets.filter((x) => x.name !== CATALOGUE_SHEET).flatMap((x) => x.values.flatMap((line, r) => line.map((v, c) => ({ at: `${x.name}!${r}:${c}`, v, f: x.formulas[r]?.[c] ?? null }))))
        .filter((c) => c.f === null && c.v !== null);
    const after = applyToSnapshot(snapshot, plan);
    const before = typed(snapshot);
    const afterMap = new Map(typed(after).map((c) => [c.at, c.v]));
    for (const c of before) expect(afterMap.get(c.at)).toEqual(c.v);
  });
});

describe('planRecompute', () => {
  const repaired = applyToSnapshot(brokenCensus(), planRepair(brokenCensus()));
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRecompute(repaired);
  });

  it('adds dropdowns for family, unit, G, F and type d’action over the table, and the direction', () => {
    const lists = plan.edits.filter((e) => e.kind === 'validation').map((e) => e.kind === 'validation' && `${e.sheet}!${e.range}${e.list}`);
    expect(lists).toEqual(expect.arrayContaining([
      'Grille de recensement!D7:D506=DUERP_Familles',
      'Grille de recensement!B7:B506=DUERP_Unites',
      'Grille de recensement!H7:H506=DUERP_Echelle',
      'Grille de recensement!I7:I506=DUERP_Echelle',
      'Grille de recensement!L7:L506=DUERP_TypesAction',
      'Informations générales!C2=DUERP_Directions',
    ]));
  });

  it('colours the index letters', () => {
    const cf = plan.edits.find((e) => e.kind === 'conditionalFormat');
    expect(cf).toMatchObject({ sheet: 'Grille de recensement', range: 'J7:J506' });
    expect(cf?.kind === 'conditionalFormat' && cf.rules.map((r) => r.equals)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('fills index formulas on the thirty template rows, then plans nothing the second time', () => {
    expect(formulaAt(plan, 'Grille de recensement', 'J36')?.result).toBe('');
    expect(formulaAt(plan, 'Grille de recensement', 'J37')).toBeUndefined();
    const after = applyToSnapshot(repaired, plan);
    expect(planRecompute(after).edits).toEqual([]);
  });

  it('feeds the unit list with the direction’s units', () => {
    const fresh = planRecompute(brokenCensus());
    const title = fresh.edits.find((e) => e.kind === 'value' && e.sheet === CATALOGUE_SHEET && e.cell === 'C1');
    expect(title?.kind === 'value' && title.after).toBe('Unités de travail (DGDDI)');
  });
});

describe('planRecompute on a document unique', () => {
  const du = workbookOf(
    sheetOf('Identification', { A1: 'Direction', B1: 'DGI', A2: 'Service', B2: 'SIP Paris' }),
    sheetOf('Hiérarchisation', {
      ...rowAt('A3', [...HEADERS.slice(0, 10), 'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenue par le GT']),
      ...rowAt('A4', ['SIP', 'A 16', 2, '18', '', '', '', 1, 1, '', 9, '', '', 'P2']),
      ...rowAt('A5', ['SIP', 'A 01', 10, '09', '', '', '', 4, 3, '', null, '', '', 'P1']),
      ...rowAt('A6', ['SIP', 'A 02', 5, '17', '', '', '', 2, 'x', '', 1]),
    }),
  );
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRecompute(du);
  });
  const valueAt = (cell: string) => plan.edits.find((e) => e.kind === 'value' && e.sheet === 'Hiérarchisation' && e.cell === cell);

  it('ranks rated rows and empties the rank of unrated ones', () => {
    expect(valueAt('K5')).toMatchObject({ after: 1 });
    expect(valueAt('K4')).toMatchObject({ before: 9, after: 2 });
    expect(valueAt('K6')).toMatchObject({ before: 1, after: null });
  });

  it('never writes the GT priority column', () => {
    expect(plan.edits.some((e) => 'cell' in e && e.sheet === 'Hiérarchisation' && e.cell.startsWith('N'))).toBe(false);
  });
});
