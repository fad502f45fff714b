/**
 * Mutants of src/domain/plans/format-registry.ts: the list, in the catalogue sheet, of the dropdowns
 * and colours the assistant has set.
 *
 * Equivalent mutants (not targeted):
 * - line 22 `?? []` → `?? ["Stryker was here"]`: column R of that 16-letter string is undefined, so nothing is read.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import { REGISTRY_TITLE, registeredFormats, registryEdits, registryEntry } from '../../../../src/domain/plans/format-registry';
import type { ConditionalFormatEdit, ValidationEdit, ValueEdit } from '../../../../src/domain/plans/plan';
import { CATALOGUE_SHEET } from '../../../../src/domain/workbook/specs';
import { snap, valueAt } from './helpers';

const list: ValidationEdit = { kind: 'validation', sheet: 'Grille', range: 'D12:D500', list: '=DUERP_Familles', reason: 'r' };
const colours: ConditionalFormatEdit = {
  kind: 'conditionalFormat',
  sheet: 'Grille',
  range: 'J12:J500',
  rules: [
    { equals: 'A', fill: '#FF0000', font: '#FFFFFF' },
    { equals: 'B', fill: '#FFA500', font: '#000000' },
  ],
  reason: 'r',
};

describe('registryEntry — one line per dropdown or colour set', () => {
  it('names the sheet, range and list of a dropdown', () => {
    expect(registryEntry(list)).toBe('Grille!D12:D500 liste =DUERP_Familles');
  });

  it('names the sheet, range and letters of a colour set, not as a dropdown', () => {
    const entry = registryEntry(colours);
    expect(entry).toBe('Grille!J12:J500 couleurs A/B');
    expect(entry).not.toContain('liste');
  });
});

describe('registeredFormats — what the catalogue sheet lists', () => {
  it('reads column R under its title, trimmed, skipping blanks and the title row', () => {
    const s = snap({
      [CATALOGUE_SHEET]: {
        R1: 'Grille!A1 liste =X', // the title row is never an entry, whatever it says
        R2: '  Grille!D12:D500 liste =DUERP_Familles  ',
        R3: '   ',
        R4: 12,
        Q5: 'Grille!Q liste =Q',
        S6: 'Grille!S liste =S',
        R7: 'Grille!J12:J500 couleurs A/B',
      },
    });
    expect([...registeredFormats(s)]).toEqual(['Grille!D12:D500 liste =DUERP_Familles', 'Grille!J12:J500 couleurs A/B']);
  });

  it('is empty without a catalogue sheet', () => {
    expect(registeredFormats(snap({ Grille: { R2: 'x' } })).size).toBe(0);
  });
});

describe('registryEdits — new entries written under the list', () => {
  it('writes nothing when there is nothing to register, even without a title', () => {
    expect(registryEdits(snap({ [CATALOGUE_SHEET]: { A1: 'Familles' } }), [])).toEqual([]);
  });

  it('writes the title when missing, then the entries from row 2, each with a reason', () => {
    const s = snap({ [CATALOGUE_SHEET]: { A1: 'Familles', A2: 'x' } });
    const edits = registryEdits(s, [list, colours]) as ValueEdit[];
    expect(edits.map((e) => [e.cell, e.after])).toEqual([
      ['R1', REGISTRY_TITLE],
      ['R2', registryEntry(list)],
      ['R3', registryEntry(colours)],
    ]);
    for (const e of edits) expect(e.reason.trim()).not.toBe('');
    const after = applyPlanToSnapshot(s, { command: 't', edits });
    expect(registeredFormats(after)).toEqual(new Set([registryEntry(list), registryEntry(colours)]));
  });

  it('appends after the last entry of column R, whatever the neighbouring columns hold', () => {
    const s = snap({
      [CATALOGUE_SHEET]: {
        R1: REGISTRY_TITLE,
        R2: 'Grille!D12:D500 liste =DUERP_Familles',
        S3: 'a cell right of the list', // R3 is empty (null)
        Q4: 'a cell left of the list', // R4 is past the row's end
        A5: 'Familles',
      },
    });
    const edits = registryEdits(s, [colours]);
    // the title is there: only the entry, no empty slot
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'value', sheet: CATALOGUE_SHEET, cell: 'R3', after: registryEntry(colours) });
  });

  it('follows the last entry down the column', () => {
    const s = snap({ [CATALOGUE_SHEET]: { R1: REGISTRY_TITLE, R2: 'a', R3: 'b', R4: 'c' } });
    expect(registryEdits(s, [list, colours]).map((e) => (e as ValueEdit).cell)).toEqual(['R5', 'R6']);
  });

  it('starts at row 2 when the catalogue sheet is missing', () => {
    const s = snap({ Grille: { A1: 'x' } });
    const edits = registryEdits(s, [list]);
    expect(edits.map((e) => (e as ValueEdit).cell)).toEqual(['R1', 'R2']);
  });

  it('the written entries are then read back', () => {
    const s = snap({ [CATALOGUE_SHEET]: { R1: REGISTRY_TITLE, R2: registryEntry(list) } });
    const after = applyPlanToSnapshot(s, { command: 't', edits: registryEdits(s, [colours]) });
    expect(valueAt(after, CATALOGUE_SHEET, 'R2')).toBe(registryEntry(list));
    expect(valueAt(after, CATALOGUE_SHEET, 'R3')).toBe(registryEntry(colours));
  });
});
