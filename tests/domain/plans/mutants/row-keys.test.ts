/**
 * Mutants of src/domain/plans/row-keys.ts: the identity of a risk across workbooks and its label.
 *
 * Equivalent mutants (not targeted):
 * - line 5 `v === null` → false and `v === undefined` → false: normaliseLabel(null/undefined) is '' anyway.
 */
import { keyOf, riskKey, riskKeyLabel } from '../../../../src/domain/plans/row-keys';

describe('keyOf / riskKey — the same risk whatever the case, accents and spaces', () => {
  it('joins the fields in the order given, each normalised, with a visible separator', () => {
    expect(keyOf({ a: 'Atelier  Nord', b: 'Électricité' }, ['a', 'b'])).toBe('atelier nord | electricite');
    expect(keyOf({ a: 'x', b: 'y' }, ['b', 'a'])).toBe('y | x');
  });

  it('reads a missing, empty or error cell as nothing, not as its JS text', () => {
    expect(keyOf({ a: null, b: { error: '#N/A' } }, ['a', 'b', 'c'])).toBe(' |  | ');
    expect(keyOf({ a: { error: '#REF!' } }, ['a'])).toBe('');
    expect(keyOf({ a: 12 }, ['a'])).toBe('12');
  });

  it('keys a risk by site, unit, family, danger and situation, in that order', () => {
    const cells = { site: 'Siège', unite: 'Accueil', famille: 'Chute', danger: 'Sol glissant', situation: 'Ménage', autre: 'ignoré' };
    expect(riskKey(cells)).toBe('siege | accueil | chute | sol glissant | menage');
    expect(riskKey({ ...cells, site: 'SIEGE', situation: 'ménage ' })).toBe(riskKey(cells));
    expect(riskKey({ ...cells, danger: 'Autre' })).not.toBe(riskKey(cells));
    expect(riskKey({})).toBe(' |  |  |  | ');
  });
});

describe('riskKeyLabel — the key as people read it', () => {
  it('shows site, unit, family and situation as typed, joined by a middle dot', () => {
    const cells = { site: 'Siège', unite: 'Accueil', famille: 'Chute', danger: 'Sol', situation: 'Ménage' };
    expect(riskKeyLabel(cells)).toBe('Siège · Accueil · Chute · Ménage');
  });

  it('leaves out empty, blank, missing and error cells, but keeps numbers and booleans', () => {
    expect(riskKeyLabel({ site: null, unite: '   ', famille: { error: '#N/A' }, situation: 'Ménage' })).toBe('Ménage');
    expect(riskKeyLabel({ unite: 'Accueil' })).toBe('Accueil');
    expect(riskKeyLabel({ site: 0, unite: false, famille: '', situation: 'x' })).toBe('0 · false · x');
    expect(riskKeyLabel({})).toBe('');
  });
});
