/** Repair by the formula's text, the line under each title, the Site of risk rows only, and repairDue. */
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { hasBrokenReference, isBrokenCell, isDeadReference } from '../../../src/domain/plans/links';
import type { FormulaEdit, Plan, ValueEdit } from '../../../src/domain/plans/plan';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair, repairDue, repairDueAfter } from '../../../src/domain/plans/repair';
import { layoutToSnapshot } from '../../../src/domain/templates';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../../fixtures/generate';
import { libreOfficeSaved } from '../../fixtures/libreoffice-saved';
import { fill, insertColumn } from '../../fixtures/transforms';

const G = 'Grille de recensement';
const I = 'Informations générales';
const cellEdit = (plan: Plan, sheet: string, cell: string) =>
  plan.edits.find((e): e is FormulaEdit | ValueEdit => (e.kind === 'formula' || e.kind === 'value') && e.sheet === sheet && e.cell === cell);

describe('a broken reference, by the formula’s text', () => {
  it.each([
    ['=#REF!', true, true],
    ["='informations générales'!#ref!", true, true],
    ['=Infos!#Ref!', true, true],
    ['=IF(H9="","",#ref!)', true, false],
    ['=SUM(#REF!,C4)', true, false],
    ['="#REF!"', false, false], // inside a string: no reference
    ["='Informations générales'!$C$5", false, false],
  ])('%s: broken %s, dead %s', (formula, broken, dead) => {
    expect(hasBrokenReference(formula)).toBe(broken);
    expect(isDeadReference(formula)).toBe(dead);
  });

  it('a cell is broken when it shows #REF! or its formula holds one, whatever it shows', () => {
    expect(isBrokenCell({ error: '#REF!' }, null)).toBe(true);
    expect(isBrokenCell({ error: '#VALUE!' }, "='informations générales'!#ref!")).toBe(true);
    expect(isBrokenCell({ error: '#VALUE!' }, '=1/"a"')).toBe(false);
    expect(isBrokenCell('#REF!', null)).toBe(false); // typed text
  });
});

describe('repair of a LibreOffice-saved census (#ref! showing #VALUE!)', () => {
  const snapshot = layoutToSnapshot(libreOfficeSaved(filledCensus()));
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRepair(snapshot);
  });

  it('links the header fields again', () => {
    expect(cellEdit(plan, G, 'B4')).toMatchObject({ beforeFormula: "='informations générales'!#ref!", before: { error: '#VALUE!' }, formula: "=IF('Informations générales'!$C$7=\"\",\"\",'Informations générales'!$C$7)", result: 'Mme Martin' });
  });

  it('repairs an index cell whose formula is only partly dead', () => {
    const partly = plan.edits.filter((e): e is FormulaEdit => e.kind === 'formula' && e.sheet === G && /^IF\(H\d+/.test((e.beforeFormula ?? '').replace(/^=/, '')));
    expect(partly.length).toBeGreaterThan(10);
    expect(partly.every((e) => e.formula.includes('DUERP_Matrice'))).toBe(true);
  });

  it('counts what is due, and nothing once repaired', () => {
    // 5 header fields, the title line, 30 Site and 30 index cells.
    expect(repairDue(snapshot)).toBe(66);
    expect(repairDue(applyPlanToSnapshot(snapshot, plan))).toBe(0);
  });

  it('leaves, after a recompute alone, the fields recompute does not write', () => {
    const recompute = planRecompute(snapshot);
    // The 30 index cells are rewritten by recompute; the header fields, the title and the Sites stay broken.
    expect(repairDueAfter(snapshot, recompute)).toBe(36);
    expect(repairDueAfter(applyPlanToSnapshot(snapshot, plan), planRecompute(applyPlanToSnapshot(snapshot, plan)))).toBe(0);
  });
});

describe('the line under each title', () => {
  const titleOf = (s: WorkbookSnapshot, sheet: string, cell: string) => cellEdit(planRepair(s), sheet, cell);

  it('on the census grid: service, departmental service, direction, year of the update', () => {
    const e = titleOf(layoutToSnapshot(filledCensus()), G, 'A2') as FormulaEdit;
    expect(e.result).toBe('SIP Nord – Direction des services fiscaux – DGI – 2026');
    expect(e.formula).toContain("YEAR('Informations générales'!$C$11)");
    expect(e.reason).toMatch(/Titre en #REF!/);
  });

  it('on the DU’s Statistiques, AT-MP and Hiérarchisation: service, direction, year', () => {
    const s = layoutToSnapshot(filledDocumentUnique());
    for (const [sheet, cell] of [['Statistiques', 'A1'], ['AT-MP', 'A1'], ['Hiérarchisation', 'A2']]) {
      expect({ sheet, result: (titleOf(s, sheet, cell) as FormulaEdit).result }).toEqual({ sheet, result: 'DSF du Nord – DGI – 2026' });
    }
  });

  it('on the programme: direction and year', () => {
    expect((titleOf(layoutToSnapshot(filledProgramme()), 'Programme', 'A2') as FormulaEdit).result).toBe('DGI – 2026');
  });

  it('shows nothing for the template’s placeholders (Sélectionner…, Indiquer le service)', () => {
    const du = layoutToSnapshot(fill(filledDocumentUnique(), 'Identification', { C3: 'Sélectionner la Direction concernée…', C4: 'Indiquer le service', C5: null }));
    expect((titleOf(du, 'Statistiques', 'A1') as FormulaEdit).result).toBe('');
  });

  it('is emptied when the workbook holds no identification', () => {
    const s = layoutToSnapshot(filledDocumentUnique());
    const noIdentification = { ...s, sheets: s.sheets.filter((x) => x.name !== 'Identification') };
    expect(titleOf(noIdentification, 'Statistiques', 'A1')).toMatchObject({ kind: 'value', after: null, reason: expect.stringMatching(/sans identification/) });
  });

  it('never touches a title that is typed or works', () => {
    const s = layoutToSnapshot(fill(filledCensus(), G, { A2: 'Recensement 2026 du SIP' }));
    expect(titleOf(s, G, 'A2')).toBeUndefined();
  });
});

describe('the census Site', () => {
  const snapshot = layoutToSnapshot(filledCensus());
  // Planned in each test, so that the plan's code counts as covered by each (mutation testing).
  let plan!: Plan;
  beforeEach(() => {
    plan = planRepair(snapshot);
  });

  it('shows the service only on rows that hold a risk, by a live test of the typed columns', () => {
    const risk = cellEdit(plan, G, 'A9') as FormulaEdit;
    expect(risk.formula).toBe("=IF(COUNTA(B9:I9,K9:L9)=0,\"\",IF('Informations générales'!$C$5=\"\",\"\",'Informations générales'!$C$5))");
    expect(risk.result).toBe('SIP Nord');
    const empty = cellEdit(plan, G, 'A20') as FormulaEdit;
    expect(empty.formula).toContain('COUNTA(B20:I20,K20:L20)');
    expect(empty.result).toBe('');
  });

  it('follows an inserted column', () => {
    const shifted = layoutToSnapshot(insertColumn(filledCensus(), G, 1, 8, 'Observations'));
    expect((cellEdit(planRepair(shifted), G, 'B9') as FormulaEdit).formula).toContain('COUNTA(C9:J9,L9:M9)');
  });
});

describe('other broken cells of a recognised sheet', () => {
  it('empties a dead reference or a #REF! kept as a value, and leaves a formula that is only partly dead to the check', () => {
    const layout = filledCensus();
    const cells = layout.sheets.find((s) => s.name === I)!.cells;
    cells.set('B40', { formula: "='Ancienne feuille'!#REF!", value: { error: '#REF!' } });
    cells.set('C40', { formula: '=SUM(#REF!,C20)', value: { error: '#REF!' } });
    cells.set('D40', { value: { error: '#REF!' } });
    const base = layoutToSnapshot(layout);
    const plan = planRepair(base);
    expect(cellEdit(plan, I, 'B40')).toMatchObject({ kind: 'value', after: null });
    expect(cellEdit(plan, I, 'D40')).toMatchObject({ kind: 'value', after: null });
    expect(cellEdit(plan, I, 'C40')).toBeUndefined();
  });

  it('never touches a sheet it does not recognise', () => {
    const base = layoutToSnapshot(filledCensus());
    base.sheets.push({ name: 'Notes', visibility: 'visible', values: [[{ error: '#REF!' }]], formulas: [['=#REF!']], merges: [], validations: [], conditionalFormats: [] });
    expect(planRepair(base).edits.some((e) => 'sheet' in e && e.sheet === 'Notes')).toBe(false);
  });
});
