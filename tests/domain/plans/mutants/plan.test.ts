/**
 * Mutants of src/domain/plans/plan.ts: the order hosts apply edits in, and the `changes` list.
 */
import { APPLY_ORDER, describeChanges, editsInApplyOrder, isCellEdit, type Edit } from '../../../../src/domain/plans/plan';

const sheet: Edit = { kind: 'sheet', sheet: 'Synthèse', visibility: 'visible', reason: 'r-sheet' };
const value: Edit = { kind: 'value', sheet: 'Grille', cell: 'B2', before: 3, beforeFormula: '=A1', after: 4, reason: 'r-value' };
const plainValue: Edit = { kind: 'value', sheet: 'Grille', cell: 'B3', before: 'avant', beforeFormula: null, after: 'après', reason: 'r-value2' };
const formula: Edit = { kind: 'formula', sheet: 'Grille', cell: 'J9', before: { error: '#REF!' }, beforeFormula: null, formula: '=H9*I9', result: 6, reason: 'r-formula' };
const formulaOverFormula: Edit = { kind: 'formula', sheet: 'Grille', cell: 'J10', before: 1, beforeFormula: '=#REF!', formula: '=H10', result: 2, reason: 'r' };
const name: Edit = { kind: 'name', name: 'DUERP_Familles', ref: "'Catalogues DUERP'!$A$2:$A$27", before: 'X!$A$1', reason: 'r-name' };
const validation: Edit = { kind: 'validation', sheet: 'Grille', range: 'D9:D500', list: '=DUERP_Familles', reason: 'r-val' };
const colours: Edit = {
  kind: 'conditionalFormat',
  sheet: 'Grille',
  range: 'J9:J500',
  rules: [
    { equals: 'A', fill: '#f00', font: '#fff' },
    { equals: 'B', fill: '#fa0', font: '#000' },
  ],
  reason: 'r-cf',
};
const property: Edit = { kind: 'property', name: 'DUERP_Version', value: 3, before: '2', reason: 'r-prop' };
const removed: Edit = { kind: 'property', name: 'DUERP_Avis', value: null, before: 'Favorable', reason: 'r-prop2' };

describe('editsInApplyOrder', () => {
  it('puts sheets first, then cells, names, dropdowns, colours and properties, keeping the order within a kind', () => {
    const plan = { command: 't', edits: [removed, colours, validation, name, formula, value, property, sheet, plainValue] };
    expect(editsInApplyOrder(plan)).toEqual([sheet, value, plainValue, formula, name, validation, colours, removed, property]);
    expect(APPLY_ORDER).toEqual(['sheet', 'value', 'formula', 'name', 'validation', 'conditionalFormat', 'property']);
  });
});

describe('isCellEdit', () => {
  it('is true for values and formulas only', () => {
    expect([sheet, value, formula, name, validation, colours, property].map(isCellEdit)).toEqual([false, true, true, false, false, false, false]);
  });
});

describe('describeChanges', () => {
  it('describes each edit as sheet, cell, before and after, with its kind and reason', () => {
    const changes = describeChanges({ command: 't', edits: [value, plainValue, formula, formulaOverFormula, sheet, name, validation, colours, property, removed] });
    expect(changes).toEqual([
      { sheet: 'Grille', cell: 'B2', before: '=A1', after: 4, kind: 'value', reason: 'r-value' },
      { sheet: 'Grille', cell: 'B3', before: 'avant', after: 'après', kind: 'value', reason: 'r-value2' },
      { sheet: 'Grille', cell: 'J9', before: { error: '#REF!' }, after: '=H9*I9', kind: 'formula', reason: 'r-formula' },
      { sheet: 'Grille', cell: 'J10', before: '=#REF!', after: '=H10', kind: 'formula', reason: 'r' },
      { sheet: 'Synthèse', cell: 'A1', before: null, after: expect.stringContaining('Synthèse'), kind: 'sheet', reason: 'r-sheet' },
      { sheet: '', cell: '', before: 'X!$A$1', after: "DUERP_Familles = 'Catalogues DUERP'!$A$2:$A$27", kind: 'name', reason: 'r-name' },
      { sheet: 'Grille', cell: 'D9', before: null, after: expect.stringMatching(/=DUERP_Familles.*D9:D500/), kind: 'validation', reason: 'r-val' },
      { sheet: 'Grille', cell: 'J9', before: null, after: expect.stringMatching(/A\/B.*J9:J500/), kind: 'conditionalFormat', reason: 'r-cf' },
      { sheet: '', cell: '', before: '2', after: 'DUERP_Version = 3', kind: 'property', reason: 'r-prop' },
      { sheet: '', cell: '', before: 'Favorable', after: null, kind: 'property', reason: 'r-prop2' },
    ]);
  });

  it('is empty for an empty plan', () => {
    expect(describeChanges({ command: 't', edits: [] })).toEqual([]);
  });
});
