/**
 * Mutants of src/domain/plans/repair.ts: every broken reference of a recognised sheet gets a working
 * formula, or is emptied when it points at nothing; typed cells are never touched.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import type { Edit, FormulaEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { planRecompute } from '../../../../src/domain/plans/recompute';
import { planRepair, repairDue, repairDueAfter, siteFormula } from '../../../../src/domain/plans/repair';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot, type LayoutCell, type TemplateLayout } from '../../../../src/domain/templates';
import type { TableLocation } from '../../../../src/domain/workbook/recognition';
import { CATALOGUE_SHEET } from '../../../../src/domain/workbook/specs';
import { findSheet, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../../../fixtures/generate';
import { clone, fill, insertColumn } from '../../../fixtures/transforms';

const G = CENSUS_TABLE.sheet;
const INFO = 'Informations générales';
const H = DU_TABLE.sheet;
const REF: LayoutCell = { formula: '=#REF!', value: { error: '#REF!' } };

/** Cells (with formulas) put into a sheet of a layout. */
function put(layout: TemplateLayout, name: string, cells: Record<string, LayoutCell>): TemplateLayout {
  const out = clone(layout);
  const s = out.sheets.find((x) => x.name === name)!;
  for (const [a, c] of Object.entries(cells)) s.cells.set(a, c);
  return out;
}
const without = (layout: TemplateLayout, name: string): TemplateLayout => ({ sheets: clone(layout).sheets.filter((s) => s.name !== name) });
const snapOf = (layout: TemplateLayout) => layoutToSnapshot(layout);
const editAt = (edits: Edit[], sheet: string, cell: string) => edits.find((e) => (e.kind === 'value' || e.kind === 'formula') && e.sheet === sheet && e.cell === cell) as ValueEdit | FormulaEdit | undefined;
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 'repair', edits });

describe('header fields', () => {
  it('links a broken field again to its source, showing the source’s value', () => {
    const edits = planRepair(snapOf(filledCensus())).edits;
    expect(editAt(edits, G, 'B4')).toMatchObject({ kind: 'formula', formula: expect.stringContaining(`'${INFO}'!$C$7`), result: 'Mme Martin', before: { error: '#REF!' } });
    expect(editAt(edits, G, 'B6')).toMatchObject({ kind: 'formula', result: 46200 });
  });

  it('links an empty field too, saying so differently, and shows an empty source as empty text', () => {
    const s = snapOf(fill(filledCensus({ broken: false }), INFO, { C7: null }));
    const edits = planRepair(s).edits;
    const b4 = editAt(edits, G, 'B4') as FormulaEdit;
    expect(b4).toMatchObject({ kind: 'formula', result: '', before: null });
    const broken = editAt(planRepair(snapOf(filledCensus())).edits, G, 'B4')!;
    expect(b4.reason).not.toBe(broken.reason);
  });

  it('never touches a field someone typed, nor a working formula', () => {
    const s = snapOf(put(fill(filledCensus(), G, { B4: 'Mme Typée' }), G, { E4: { formula: `='${INFO}'!C4`, value: 'x' } }));
    const edits = planRepair(s).edits;
    expect(editAt(edits, G, 'B4')).toBeUndefined();
    expect(editAt(edits, G, 'E4')).toBeUndefined();
    expect(editAt(edits, G, 'B5')).toBeDefined();
  });

  it('empties a broken field the workbook has no source for, and leaves it when blank', () => {
    const broken = planRepair(snapOf(filledDocumentUnique())).edits;
    expect(editAt(broken, H, 'E3')).toMatchObject({ kind: 'value', after: null, before: { error: '#REF!' } });
    expect(editAt(broken, H, 'B3')).toMatchObject({ kind: 'formula', result: 'DSF du Nord' });
    const blank = planRepair(snapOf(filledDocumentUnique({ broken: false }))).edits;
    expect(editAt(blank, H, 'E3')).toBeUndefined();
    expect(editAt(blank, H, 'B3')).toMatchObject({ kind: 'formula' });
  });

  it('links the programme’s fields', () => {
    const edits = planRepair(snapOf(filledProgramme())).edits;
    expect(editAt(edits, 'Programme', 'B3')).toMatchObject({ kind: 'formula', result: 'DGI' });
  });

  it('plans nothing for a workbook it does not recognise', () => {
    const s = snapOf({ sheets: [{ name: 'Feuil1', cells: new Map([['A1', REF]]), merges: [], widths: {} }] });
    expect(planRepair(s)).toEqual({ command: 'repair', edits: [] });
  });
});

describe('the line under each title', () => {
  it('shows service, departmental service, direction and year, joined by dashes', () => {
    const edits = planRepair(snapOf(filledCensus())).edits;
    const a2 = editAt(edits, G, 'A2') as FormulaEdit;
    expect(a2.kind).toBe('formula');
    expect(a2.result).toBe('SIP Nord – Direction des services fiscaux – DGI – 2026');
    expect(a2.formula).toMatch(/^=MID\(/);
    expect(a2.formula).toContain(`YEAR('${INFO}'!$C$11)`);
  });

  it('leaves out placeholders, empty parts, errors and a year that is no date; trims spaces', () => {
    const s = snapOf(fill(filledCensus(), INFO, { C3: 'Sélectionner…', C4: { error: '#N/A' }, C5: '  SIP   Nord ', C11: 'mars 2026' }));
    expect((editAt(planRepair(s).edits, G, 'A2') as FormulaEdit).result).toBe('SIP Nord');
    const none = snapOf(fill(filledCensus(), INFO, { C3: 'Indiquer la direction', C4: null, C5: null, C11: null }));
    expect((editAt(planRepair(none).edits, G, 'A2') as FormulaEdit).result).toBe('');
  });

  it('links the first broken cell of the title lines and empties the others', () => {
    const s = snapOf(put(filledCensus(), G, { C2: REF, A3: { value: { error: '#REF!' } } }));
    const edits = planRepair(s).edits;
    expect(editAt(edits, G, 'A2')).toMatchObject({ kind: 'formula' });
    expect(editAt(edits, G, 'C2')).toMatchObject({ kind: 'value', after: null });
    expect(editAt(edits, G, 'A3')).toMatchObject({ kind: 'value', after: null });
  });

  it('empties the title when the workbook holds no identification', () => {
    const edits = planRepair(snapOf(without(filledCensus(), INFO))).edits;
    expect(editAt(edits, G, 'A2')).toMatchObject({ kind: 'value', after: null, before: { error: '#REF!' } });
    // and the header fields have no source either
    expect(editAt(edits, G, 'B4')).toMatchObject({ kind: 'value', after: null });
  });

  it('links the title lines of the DU’s sheets, and never a title that works', () => {
    const edits = planRepair(snapOf(filledDocumentUnique())).edits;
    for (const [sheet, cell] of [['Statistiques', 'A1'], ['AT-MP', 'A1'], [H, 'A2']]) expect(editAt(edits, sheet, cell)).toMatchObject({ kind: 'formula', result: 'DSF du Nord – DGI – 2026' });
    const repaired = apply(snapOf(filledDocumentUnique()), edits);
    expect(editAt(planRepair(repaired).edits, H, 'A2')).toBeUndefined();
  });
});

describe('the census Site and the index of each row', () => {
  it('shows the service only on rows that hold a risk', () => {
    const edits = planRepair(snapOf(filledCensus())).edits;
    expect(editAt(edits, G, 'A9')).toMatchObject({ kind: 'formula', result: 'SIP Nord', formula: expect.stringContaining('COUNTA(B9:I9,K9:L9)=0') });
    expect(editAt(edits, G, 'A15')).toMatchObject({ kind: 'formula', result: '' });
  });

  it('counts a formula in a typed column as a risk, an empty text not', () => {
    const s = snapOf(put(filledCensus(), G, { K15: { formula: '="x"', value: 'x' }, K16: { value: '' } }));
    const edits = planRepair(s).edits;
    expect(editAt(edits, G, 'A15')).toMatchObject({ result: 'SIP Nord' });
    expect(editAt(edits, G, 'A16')).toMatchObject({ result: '' });
  });

  it('empties a broken Site when there is no analysed service to point at', () => {
    const edits = planRepair(snapOf(without(filledCensus(), INFO))).edits;
    expect(editAt(edits, G, 'A9')).toMatchObject({ kind: 'value', after: null });
  });

  it('recomputes a broken index from G and F, on every row down to the sheet’s last', () => {
    const edits = planRepair(snapOf(filledCensus())).edits;
    expect(editAt(edits, G, 'J9')).toMatchObject({ kind: 'formula', result: 'A', formula: expect.stringContaining('H9') });
    expect(editAt(edits, G, 'J38')).toMatchObject({ kind: 'formula', result: '' });
    const du = planRepair(snapOf(filledDocumentUnique())).edits;
    expect(editAt(du, H, 'J8')).toMatchObject({ kind: 'formula', result: 'A' });
    // no Site formula on the DU: its site is typed
    expect(editAt(du, H, 'A8')).toBeUndefined();
  });

  it('leaves a typed or working index alone', () => {
    const s = snapOf(put(filledCensus(), G, { J9: { value: 'A' }, J10: { formula: '=H10', value: 4 } }));
    const edits = planRepair(s).edits;
    expect(editAt(edits, G, 'J9')).toBeUndefined();
    expect(editAt(edits, G, 'J10')).toBeUndefined();
  });

  it('builds the Site formula over the typed columns only, in runs', () => {
    const table: TableLocation = {
      sheet: 'S',
      table: 'risques',
      headerRow: 1,
      firstRow: 2,
      lastRow: 9,
      columns: { site: 'A', unite: 'B', agents: 'C', indice: 'D', rang: 'E', numero: 'F', famille: 'G', indiceResiduel: 'H', danger: 'I', situation: 'K', moyens: 'L' },
    };
    expect(siteFormula(table, 5, "'Info'!$C$5")).toBe(`=IF(COUNTA(B5:C5,G5,I5,K5:L5)=0,"",IF('Info'!$C$5="","",'Info'!$C$5))`);
  });
});

describe('the catalogue sheet', () => {
  it('comes with a repaired index, which needs its matrix', () => {
    const edits = planRepair(snapOf(filledCensus())).edits;
    expect(edits[0]).toMatchObject({ kind: 'sheet', sheet: CATALOGUE_SHEET });
  });

  it('is not planned when no index is repaired', () => {
    const s = snapOf(fill(filledCensus({ broken: false }), G, { B4: { error: '#REF!' } }));
    const edits = planRepair(s).edits;
    expect(edits.some((e) => e.kind === 'sheet' || e.kind === 'name')).toBe(false);
    expect(edits.some((e) => 'sheet' in e && e.sheet === CATALOGUE_SHEET)).toBe(false);
  });
});

describe('other broken cells of a recognised sheet', () => {
  it('empties a #REF! kept as a value and a formula that is only a dead reference; leaves a partly dead one', () => {
    const s = snapOf(put(filledCensus({ broken: false }), INFO, { E40: { value: { error: '#REF!' } }, F40: { formula: "='x'!#REF!", value: { error: '#REF!' } }, G40: { formula: '=C5&#REF!', value: { error: '#REF!' } } }));
    const edits = planRepair(s).edits;
    expect(editAt(edits, INFO, 'E40')).toMatchObject({ kind: 'value', after: null });
    expect(editAt(edits, INFO, 'F40')).toMatchObject({ kind: 'value', after: null, beforeFormula: "='x'!#REF!" });
    expect(editAt(edits, INFO, 'G40')).toBeUndefined();
  });

  it('finds a dead formula past the row’s values', () => {
    const s = snapOf(filledCensus({ broken: false }));
    const info = findSheet(s, INFO)!;
    const r = 35; // row 36: only B36 holds a value
    while (info.formulas[r].length < 30) info.formulas[r].push(null);
    info.formulas[r][29] = '=#REF!';
    expect(info.values[r].length).toBeLessThan(30);
    expect(editAt(planRepair(s).edits, INFO, 'AD36')).toMatchObject({ kind: 'value', after: null });
    expect(repairDue(s)).toBe(1);
  });

  it('never touches a sheet it does not recognise, and writes each cell once', () => {
    const layout = filledCensus();
    const extra = clone(layout);
    extra.sheets.push({ name: 'Notes', cells: new Map([['A1', REF]]), merges: [], widths: {} });
    const edits = planRepair(snapOf(extra)).edits;
    expect(edits.some((e) => 'sheet' in e && e.sheet === 'Notes')).toBe(false);
    const cells = edits.filter((e) => e.kind === 'value' || e.kind === 'formula').map((e) => `${(e as ValueEdit).sheet}!${(e as ValueEdit).cell}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
});

describe('repairDue', () => {
  it('counts the broken cells repair fixes, and none once repaired', () => {
    const s = snapOf(filledCensus());
    const plan = planRepair(s);
    const broken = plan.edits.filter((e) => (e.kind === 'value' || e.kind === 'formula') && (e.beforeFormula ?? '').includes('#REF!'));
    expect(repairDue(s)).toBe(broken.length);
    expect(repairDue(s)).toBeGreaterThan(0);
    expect(repairDue(apply(s, plan.edits))).toBe(0);
  });

  it('does not count the empty fields repair links', () => {
    const s = snapOf(fill(filledCensus({ broken: false }), G, { J9: { error: '#REF!' } }));
    expect(planRepair(s).edits.filter((e) => e.kind === 'formula' && e.sheet === G).length).toBeGreaterThan(1);
    expect(repairDue(s)).toBe(1);
  });

  it('is 0 for a workbook without a broken cell', () => {
    expect(repairDue(snapOf(filledCensus({ broken: false })))).toBe(0);
  });

  it('leaves out, after a plan, the broken cells that plan writes', () => {
    const s = snapOf(filledCensus());
    const recompute = planRecompute(s);
    const indexCells = recompute.edits.filter((e) => e.kind === 'formula' && e.sheet === G && e.cell.startsWith('J')).length;
    expect(indexCells).toBe(30);
    expect(repairDueAfter(s, recompute)).toBe(repairDue(s) - indexCells);
    expect(repairDueAfter(s, { command: 'x', edits: [] })).toBe(repairDue(s));
  });
});

describe('parts the workbook lacks', () => {
  it('leaves a header field whose label is gone to the dead-reference pass', () => {
    const edits = planRepair(snapOf(fill(filledCensus(), G, { D5: 'Remarque' }))).edits;
    expect(editAt(edits, G, 'E5')).toMatchObject({ kind: 'value', after: null });
    expect(editAt(edits, G, 'B5')).toMatchObject({ kind: 'formula' });
  });

  it('repairs the titles of the sheets there are when one is missing', () => {
    const edits = planRepair(snapOf(without(filledDocumentUnique(), 'AT-MP'))).edits;
    expect(editAt(edits, 'Statistiques', 'A1')).toMatchObject({ kind: 'formula' });
    expect(editAt(edits, H, 'A2')).toMatchObject({ kind: 'formula' });
  });

  it('tests a lone typed column for a risk, apart from the runs', () => {
    // a column inserted before « Type d'action » splits the typed columns: B:I, K, M
    const s = snapOf(insertColumn(filledCensus(), G, 12, CENSUS_TABLE.headerRow, 'Notes'));
    const edits = planRepair(s).edits;
    expect(editAt(edits, G, 'A9')).toMatchObject({ kind: 'formula', result: 'SIP Nord', formula: expect.stringContaining('COUNTA(B9:I9,K9,M9)=0') });
    expect(editAt(edits, G, 'A15')).toMatchObject({ result: '' });
    const onlyLone = snapOf(put(insertColumn(filledCensus(), G, 12, CENSUS_TABLE.headerRow, 'Notes'), G, { K15: { value: 'Casques' } }));
    expect(editAt(planRepair(onlyLone).edits, G, 'A15')).toMatchObject({ result: 'SIP Nord' });
  });
});

describe('reasons', () => {
  it('says why for every edit, and why apart for a link and an emptied cell', () => {
    for (const layout of [filledCensus(), filledDocumentUnique(), filledProgramme(), without(filledCensus(), INFO)]) {
      for (const e of planRepair(snapOf(layout)).edits) expect(e.reason.trim()).not.toBe('');
    }
    const du = planRepair(snapOf(filledDocumentUnique())).edits;
    expect(editAt(du, H, 'E3')!.reason).not.toBe(editAt(du, H, 'B3')!.reason);
    const census = planRepair(snapOf(filledCensus())).edits;
    const bare = planRepair(snapOf(without(filledCensus(), INFO))).edits;
    expect(editAt(census, G, 'A9')!.reason).not.toBe(editAt(bare, G, 'A9')!.reason);
    expect(editAt(census, G, 'A2')!.reason).not.toBe(editAt(bare, G, 'A2')!.reason);
    expect(editAt(census, G, 'J9')!.reason).not.toBe(editAt(census, G, 'A9')!.reason);
  });
});
