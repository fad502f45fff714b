/**
 * One risk row edited from the pane (src/domain/plans/row-edits.ts): the row under a cell, the rows
 * to choose from, a family or a unit written into it, text appended to what was typed.
 */
import { RISK_FAMILIES, familyLabel } from '../../../src/domain/catalogue/families';
import { unitLabel, unitsOf } from '../../../src/domain/catalogue/units';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import type { ValueEdit } from '../../../src/domain/plans/plan';
import { appendedText, meansField, planAppend, planSetFamily, planSetRatings, planSetUnit, riskRowAt, riskRowChoices } from '../../../src/domain/plans/row-edits';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../src/domain/templates';
import { cellValue, findSheet, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { CENSUS_RISKS, filledCensus, filledDocumentUnique } from '../../fixtures/generate';

const GRID = CENSUS_TABLE.sheet;
const census = layoutToSnapshot(filledCensus({ broken: false }));
const du = layoutToSnapshot(filledDocumentUnique({ broken: false }));
const family = (code: string) => RISK_FAMILIES.find((f) => f.code === code)!;
const at = (s: WorkbookSnapshot, sheet: string, cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return cellValue(findSheet(s, sheet)!, Number(m[2]), m[1].charCodeAt(0) - 64);
};

describe('riskRowAt — the row under a cell', () => {
  it('finds the risk row of a cell in the census grid, with its cells and label', () => {
    const ref = riskRowAt(census, GRID, 'E12')!;
    expect(ref).toMatchObject({ sheet: GRID, row: 12, empty: false });
    expect(ref.cells.situation).toBe(CENSUS_RISKS[3][4]);
    expect(ref.cells.famille).toBe(CENSUS_RISKS[3][2]);
    expect(ref.label).toBe('Ligne 12 : Saisie prolongée — A 13 - Service informatique et maintenance');
  });

  it('reads a sheet-qualified, absolute or range address by its first cell', () => {
    expect(riskRowAt(census, GRID, `'${GRID}'!$E$12:F14`)?.row).toBe(12);
    expect(riskRowAt(census, GRID, '$B$10')?.row).toBe(10);
    expect(riskRowAt(census, GRID, 'D9:D30')?.row).toBe(9);
  });

  it('matches the sheet name whatever its case', () => {
    expect(riskRowAt(census, GRID.toUpperCase(), 'E12')?.row).toBe(12);
    expect(riskRowAt(census, 'grille de recensement', 'E12')?.sheet).toBe(GRID);
  });

  it('returns null on the header and above, far below the table, on another sheet, or on a bad address', () => {
    expect(riskRowAt(census, GRID, `E${CENSUS_TABLE.headerRow}`)).toBeNull();
    expect(riskRowAt(census, GRID, 'B4')).toBeNull();
    expect(riskRowAt(census, GRID, 'E200')).toBeNull();
    expect(riskRowAt(census, 'Informations générales', 'C12')).toBeNull();
    expect(riskRowAt(census, GRID, 'E:E')).toBeNull();
  });

  it('finds an empty row just below the content, as an empty row', () => {
    const ref = riskRowAt(census, GRID, 'E20')!;
    expect(ref).toMatchObject({ row: 20, empty: true, label: 'Ligne 20 (vide)' });
  });

  it('finds the row of a DU’s hierarchisation table', () => {
    const ref = riskRowAt(du, DU_TABLE.sheet, 'N9')!;
    expect(ref.row).toBe(9);
    expect(ref.cells.priorite).toBe('Priorité 1 (budget 2027)');
  });
});

describe('riskRowChoices — the rows to choose from', () => {
  it('lists the content rows, then one free row', () => {
    const choices = riskRowChoices(census);
    expect(choices.map((c) => c.row)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(choices.slice(0, 6).every((c) => !c.empty)).toBe(true);
    expect(choices[6]).toMatchObject({ row: 15, empty: true, label: 'Ligne 15 (vide)' });
    expect(choices[0].label).toBe('Ligne 9 : Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique');
  });

  it('offers the first row of an empty grid', () => {
    const blank = layoutToSnapshot(filledCensus({ broken: false, risks: [] }));
    expect(riskRowChoices(blank).map((c) => [c.row, c.empty])).toEqual([[CENSUS_TABLE.firstRow, true]]);
  });
});

describe('planSetFamily and planSetUnit', () => {
  it('writes the family’s dropdown text into the family column of the row, and nothing else', () => {
    const ref = riskRowAt(census, GRID, 'A12')!;
    const plan = planSetFamily(census, ref, family('03'));
    expect(plan.edits).toHaveLength(1);
    const edit = plan.edits[0] as ValueEdit;
    expect(edit).toMatchObject({ kind: 'value', sheet: GRID, cell: 'D12', after: familyLabel(family('03')), before: CENSUS_RISKS[3][2] });
    const after = applyPlanToSnapshot(census, plan);
    expect(at(after, GRID, 'D12')).toBe(familyLabel(family('03')));
    expect(at(after, GRID, 'E12')).toBe(CENSUS_RISKS[3][3]);
  });

  it('writes nothing when the row already holds that family', () => {
    const ref = riskRowAt(census, GRID, 'A12')!;
    expect(planSetFamily(census, ref, family('12')).edits).toEqual([]);
  });

  it('writes the unit’s dropdown text into the unit column of the row, and nothing when already there', () => {
    const unit = unitsOf('DGI').find((u) => u.code === 'A 16')!;
    const ref = riskRowAt(census, GRID, 'H12')!;
    const plan = planSetUnit(census, ref, unit);
    expect(plan.edits).toEqual([expect.objectContaining({ kind: 'value', sheet: GRID, cell: 'B12', after: unitLabel(unit) })]);
    const row9 = riskRowAt(census, GRID, 'H9')!; // already A 16 - Accueil - Accueil téléphonique
    expect(planSetUnit(census, row9, unit).edits).toEqual([]);
  });

  it('writes into the DU’s columns on a DU (family in D, unit in B)', () => {
    const ref = riskRowAt(du, DU_TABLE.sheet, 'A10')!;
    expect(planSetFamily(du, ref, family('26')).edits.map((e) => (e as ValueEdit).cell)).toEqual(['D10']);
    const unit = unitsOf('DGI').find((u) => u.code === 'A 16')!;
    expect(planSetUnit(du, ref, unit).edits.map((e) => (e as ValueEdit).cell)).toEqual(['B10']);
  });
});

describe('planAppend and meansField', () => {
  it('appends after what was typed with " ; ", never replacing it', () => {
    const ref = riskRowAt(census, GRID, 'C11')!; // danger "Port de charges", wished means "Transpalette électrique"
    const plan = planAppend(census, ref, 'danger', 'Chute d’objets');
    expect(plan.edits).toEqual([expect.objectContaining({ cell: 'E11', before: 'Port de charges', after: 'Port de charges ; Chute d’objets' })]);
    const means = planAppend(census, ref, 'moyensSouhaites', 'Formation gestes et postures');
    expect((means.edits[0] as ValueEdit).after).toBe('Transpalette électrique ; Formation gestes et postures');
    expect((means.edits[0] as ValueEdit).cell).toBe('K11');
  });

  it('writes the text alone into an empty cell', () => {
    const ref = riskRowAt(census, GRID, 'C12')!; // row 12 has no wished means
    expect(planAppend(census, ref, 'moyensSouhaites', '  Pauses régulières ').edits).toEqual([expect.objectContaining({ cell: 'K12', before: null, after: 'Pauses régulières' })]);
  });

  it('does nothing when the text is already there, accents and case aside', () => {
    const ref = riskRowAt(census, GRID, 'C11')!;
    expect(planAppend(census, ref, 'danger', 'PORT DE CHARGES').edits).toEqual([]);
    expect(planAppend(census, ref, 'moyensSouhaites', 'transpalette electrique').edits).toEqual([]);
    expect(planAppend(census, ref, 'danger', '   ').edits).toEqual([]);
  });

  it('does nothing the second time, once appended', () => {
    const ref = riskRowAt(census, GRID, 'C11')!;
    const once = applyPlanToSnapshot(census, planAppend(census, ref, 'danger', 'Chute d’objets'));
    const again = riskRowAt(once, GRID, 'C11')!;
    expect(planAppend(once, again, 'danger', 'chute d’objets').edits).toEqual([]);
    expect(at(once, GRID, 'E11')).toBe('Port de charges ; Chute d’objets');
  });

  it('has appendedText join, skip or start as a person would', () => {
    expect(appendedText('Gants', 'Lunettes')).toBe('Gants ; Lunettes');
    expect(appendedText(null, 'Lunettes')).toBe('Lunettes');
    expect(appendedText({ error: '#REF!' }, 'Lunettes')).toBe('Lunettes');
    expect(appendedText('Gants ; Lunettes', 'lunettes')).toBeNull();
  });

  it('appends nothing to a column the table does not have (no wished means on a DU)', () => {
    const ref = riskRowAt(du, DU_TABLE.sheet, 'A9')!;
    expect(planAppend(du, ref, 'moyensSouhaites', 'Plan de déplacements bis').edits).toEqual([]);
  });

  it('picks the wished means on a census and the GT’s means on a DU', () => {
    expect(meansField(riskRowAt(census, GRID, 'A9')!)).toBe('moyensSouhaites');
    const duRow = riskRowAt(du, DU_TABLE.sheet, 'A9')!;
    expect(meansField(duRow)).toBe('moyensGT');
    const plan = planAppend(du, duRow, 'moyensGT', 'Covoiturage');
    expect(plan.edits).toEqual([expect.objectContaining({ sheet: DU_TABLE.sheet, cell: 'L9', after: 'Plan de déplacements ; Covoiturage' })]);
  });
});

describe('planSetRatings', () => {
  it('writes G and F into their columns, each only when it changes', () => {
    const ref = riskRowAt(census, GRID, 'A12')!; // G1 F4
    const plan = planSetRatings(census, ref, { gravite: 3, frequence: 4 });
    expect(plan.edits).toEqual([expect.objectContaining({ kind: 'value', sheet: GRID, cell: 'H12', before: 1, after: 3 })]);
    const both = planSetRatings(census, ref, { gravite: 2, frequence: 2 });
    expect(both.edits.map((e) => [(e as ValueEdit).cell, (e as ValueEdit).after])).toEqual([['H12', 2], ['I12', 2]]);
  });

  it('writes nothing when the ratings are already there, or not given', () => {
    const ref = riskRowAt(census, GRID, 'A12')!;
    expect(planSetRatings(census, ref, { gravite: 1, frequence: 4 }).edits).toEqual([]);
    expect(planSetRatings(census, ref, {}).edits).toEqual([]);
  });

  it('writes into the DU’s G and F columns on a DU', () => {
    const ref = riskRowAt(du, DU_TABLE.sheet, 'A10')!; // G2 F3
    expect(planSetRatings(du, ref, { gravite: 4, frequence: 3 }).edits.map((e) => (e as ValueEdit).cell)).toEqual(['H10']);
  });
});
