/**
 * Mutants of src/domain/plans/apply-to-snapshot.ts: a plan applied in memory as a host would.
 */
import { applyPlanToSnapshot, copySnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import type { Edit } from '../../../../src/domain/plans/plan';
import { findSheet, type WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { formulaAt, snap, valueAt } from './helpers';

const base = (): WorkbookSnapshot => {
  const s = snap({ Grille: { A1: 'Titre', B2: { error: '#REF!' }, C2: { formula: '=A1', value: 'Titre' } } });
  s.names = [
    { name: 'DUERP_Familles', ref: "'Catalogues DUERP'!$A$2:$A$27" },
    { name: 'DUERP_Unites', ref: "'Catalogues DUERP'!$B$2:$B$9" },
  ];
  findSheet(s, 'Grille')!.merges.push('A1:C1');
  findSheet(s, 'Grille')!.validations.push({ range: 'D2:D9', type: 'list', formula1: '=DUERP_Familles' });
  findSheet(s, 'Grille')!.conditionalFormats.push({ range: 'J2:J9', formulas: ['"A"'] });
  return s;
};
const apply = (s: WorkbookSnapshot, edits: Edit[]) => applyPlanToSnapshot(s, { command: 'test', edits });

describe('applyPlanToSnapshot', () => {
  it('writes a constant, growing the grid with empty cells, and clears the formula it replaces', () => {
    const s = base();
    const next = apply(s, [
      { kind: 'value', sheet: 'Grille', cell: 'E4', before: null, beforeFormula: null, after: 7, reason: 'r' },
      { kind: 'value', sheet: 'Grille', cell: 'C2', before: 'Titre', beforeFormula: '=A1', after: 'x', reason: 'r' },
    ]);
    const g = findSheet(next, 'Grille')!;
    expect(valueAt(next, 'Grille', 'E4')).toBe(7);
    expect(g.values[3]).toEqual([null, null, null, null, 7]);
    expect(g.formulas[3]).toEqual([null, null, null, null, null]);
    expect(g.values[2]).toEqual([]);
    // the grid ends at the last row written, no empty row after it
    expect(g.values).toHaveLength(4);
    expect(g.formulas).toHaveLength(4);
    const inPlace = findSheet(apply(s, [{ kind: 'value', sheet: 'Grille', cell: 'A2', before: null, beforeFormula: null, after: 1, reason: 'r' }]), 'Grille')!;
    expect(inPlace.values).toHaveLength(2);
    expect(inPlace.formulas).toHaveLength(2);
    expect(valueAt(next, 'Grille', 'C2')).toBe('x');
    expect(formulaAt(next, 'Grille', 'C2')).toBeNull();
  });

  it('writes a formula with its computed result', () => {
    const next = apply(base(), [
      { kind: 'formula', sheet: 'Grille', cell: 'D1', before: null, beforeFormula: null, formula: '=B2', result: { error: '#REF!' }, reason: 'r' },
    ]);
    expect(formulaAt(next, 'Grille', 'D1')).toBe('=B2');
    expect(valueAt(next, 'Grille', 'D1')).toEqual({ error: '#REF!' });
  });

  it('adds a sheet once, with its visibility, before writing its cells whatever the order of the edits', () => {
    const s = base();
    const next = apply(s, [
      { kind: 'value', sheet: 'Synthèse', cell: 'A1', before: null, beforeFormula: null, after: 'Bilan', reason: 'r' },
      { kind: 'sheet', sheet: 'Synthèse', visibility: 'hidden', reason: 'r' },
      { kind: 'sheet', sheet: 'Synthèse', visibility: 'visible', reason: 'r' },
      { kind: 'sheet', sheet: 'Grille', visibility: 'hidden', reason: 'r' },
    ]);
    expect(next.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ['Grille', 'visible'],
      ['Synthèse', 'hidden'],
    ]);
    const added = findSheet(next, 'Synthèse')!;
    expect(added).toMatchObject({ merges: [], validations: [], conditionalFormats: [] });
    expect(valueAt(next, 'Synthèse', 'A1')).toBe('Bilan');
  });

  it('refuses a cell edit on a sheet the workbook does not have', () => {
    expect(() => apply(base(), [{ kind: 'value', sheet: 'Absente', cell: 'A1', before: null, beforeFormula: null, after: 1, reason: 'r' }])).toThrow(/Absente/);
    expect(() => apply(base(), [{ kind: 'validation', sheet: 'Absente', range: 'A1:A2', list: '=X', reason: 'r' }])).toThrow();
  });

  it('replaces a defined name of the same name and keeps the others', () => {
    const next = apply(base(), [{ kind: 'name', name: 'DUERP_Familles', ref: "'Catalogues DUERP'!$A$2:$A$30", before: null, reason: 'r' }]);
    expect(next.names).toEqual([
      { name: 'DUERP_Unites', ref: "'Catalogues DUERP'!$B$2:$B$9" },
      { name: 'DUERP_Familles', ref: "'Catalogues DUERP'!$A$2:$A$30" },
    ]);
  });

  it('sets a property as text and removes one set to null, keeping the others', () => {
    const s = base();
    s.properties = { DUERP_Avis: 'favorable', DUERP_Autre: 'x' };
    const next = apply(s, [
      { kind: 'property', name: 'DUERP_Version', value: 3, before: null, reason: 'r' },
      { kind: 'property', name: 'DUERP_Avis', value: null, before: 'favorable', reason: 'r' },
    ]);
    expect(next.properties).toEqual({ DUERP_Autre: 'x', DUERP_Version: '3' });
    const fresh = apply(base(), [{ kind: 'property', name: 'DUERP_Version', value: 'v', before: null, reason: 'r' }]);
    expect(fresh.properties).toEqual({ DUERP_Version: 'v' });
  });

  it('adds a dropdown as a list validation and colours as their rule texts or expressions', () => {
    const next = apply(base(), [
      { kind: 'validation', sheet: 'Grille', range: 'E2:E9', list: '=DUERP_Unites', reason: 'r' },
      {
        kind: 'conditionalFormat',
        sheet: 'Grille',
        range: 'K2:K9',
        rules: [
          { equals: 'A', fill: '#f00', font: '#fff' },
          { equals: 'retard', formula: 'AND(K2<>"",K2<TODAY())', fill: '#f00', font: '#fff' },
        ],
        reason: 'r',
      },
    ]);
    const g = findSheet(next, 'Grille')!;
    expect(g.validations).toEqual([
      { range: 'D2:D9', type: 'list', formula1: '=DUERP_Familles' },
      { range: 'E2:E9', type: 'list', formula1: '=DUERP_Unites' },
    ]);
    expect(g.conditionalFormats).toEqual([
      { range: 'J2:J9', formulas: ['"A"'] },
      { range: 'K2:K9', formulas: ['"A"', 'AND(K2<>"",K2<TODAY())'] },
    ]);
  });

  it('leaves the snapshot it was given untouched', () => {
    const s = base();
    s.properties = { DUERP_Avis: 'favorable' };
    const before = JSON.parse(JSON.stringify(s));
    apply(s, [
      { kind: 'value', sheet: 'Grille', cell: 'A1', before: 'Titre', beforeFormula: null, after: 'Autre', reason: 'r' },
      { kind: 'value', sheet: 'Grille', cell: 'A9', before: null, beforeFormula: null, after: 'Bas', reason: 'r' },
      { kind: 'formula', sheet: 'Grille', cell: 'C2', before: 'Titre', beforeFormula: '=A1', formula: '=A2', result: null, reason: 'r' },
      { kind: 'name', name: 'DUERP_Familles', ref: 'X', before: null, reason: 'r' },
      { kind: 'property', name: 'DUERP_Avis', value: null, before: 'favorable', reason: 'r' },
      { kind: 'validation', sheet: 'Grille', range: 'E2:E9', list: '=X', reason: 'r' },
      { kind: 'conditionalFormat', sheet: 'Grille', range: 'J2:J9', rules: [{ equals: 'B', fill: '#f00', font: '#fff' }], reason: 'r' },
      { kind: 'sheet', sheet: 'Nouvelle', visibility: 'visible', reason: 'r' },
    ]);
    expect(s).toEqual(before);
  });
});

describe('copySnapshot', () => {
  it('copies every part deeply, so that changing the copy leaves the original', () => {
    const s = base();
    s.properties = { DUERP_Avis: 'favorable' };
    const c = copySnapshot(s);
    expect(c).toEqual(s);
    const g = findSheet(c, 'Grille')!;
    (g.values[1][1] as { error: string }).error = '#N/A';
    g.values[0][0] = 'changé';
    g.formulas[1][2] = '=Z9';
    g.merges.push('A5:B5');
    g.validations[0].formula1 = '=Y';
    g.conditionalFormats[0].formulas.push('"B"');
    g.conditionalFormats[0].range = 'Z1';
    c.names[0].ref = 'Z';
    c.properties!.DUERP_Avis = 'défavorable';
    expect(valueAt(s, 'Grille', 'B2')).toEqual({ error: '#REF!' });
    expect(valueAt(s, 'Grille', 'A1')).toBe('Titre');
    expect(formulaAt(s, 'Grille', 'C2')).toBe('=A1');
    expect(findSheet(s, 'Grille')!.merges).toEqual(['A1:C1']);
    expect(findSheet(s, 'Grille')!.validations[0].formula1).toBe('=DUERP_Familles');
    expect(findSheet(s, 'Grille')!.conditionalFormats).toEqual([{ range: 'J2:J9', formulas: ['"A"'] }]);
    expect(s.names[0].ref).toBe("'Catalogues DUERP'!$A$2:$A$27");
    expect(s.properties.DUERP_Avis).toBe('favorable');
  });

  it('adds no properties to a workbook read without them', () => {
    expect('properties' in copySnapshot(base())).toBe(false);
  });
});
