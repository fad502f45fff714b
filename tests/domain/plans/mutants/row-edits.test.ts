/**
 * Mutants of src/domain/plans/row-edits.ts: the risk row under a cell, its label, and the edits
 * written into it from the pane.
 */
import { RISK_FAMILIES } from '../../../../src/domain/catalogue/families';
import { unitsOf } from '../../../../src/domain/catalogue/units';
import { appendedText, meansField, planAppend, planSetFamily, planSetRatings, planSetUnit, riskRowAt, riskRowChoices, type RiskRowRef } from '../../../../src/domain/plans/row-edits';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import type { ValueEdit } from '../../../../src/domain/plans/plan';
import { filledCensus, filledDocumentUnique, largeCensus } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';

const GRID = CENSUS_TABLE.sheet;
const census = layoutToSnapshot(filledCensus({ broken: false }));
const du = layoutToSnapshot(filledDocumentUnique({ broken: false }));
const first = CENSUS_TABLE.firstRow;

describe('riskRowAt — how far below the table', () => {
  it('reaches the template rows of a short table, and no further', () => {
    expect(riskRowAt(census, GRID, `B${first + 29}`)?.row).toBe(first + 29);
    expect(riskRowAt(census, GRID, `B${first + 30}`)).toBeNull();
  });

  it('reaches twenty rows past the content of a long table', () => {
    const big = layoutToSnapshot(largeCensus(40));
    const last = first + 39;
    expect(riskRowAt(big, GRID, `B${last + 20}`)?.row).toBe(last + 20);
    expect(riskRowAt(big, GRID, `B${last + 21}`)).toBeNull();
  });

  it('reaches the first row, not the header', () => {
    expect(riskRowAt(census, GRID, `A${first}`)?.row).toBe(first);
    expect(riskRowAt(census, GRID, `A${first - 1}`)).toBeNull();
  });
});

describe('the row’s label', () => {
  const label = (cells: Record<string, string | null>) => riskRowAt(layoutToSnapshot(fill(filledCensus({ broken: false }), GRID, cells)), GRID, 'A9')!;

  it('names the situation, else the danger, else the family, then the unit', () => {
    expect(label({}).label).toBe('Ligne 9 : Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique');
    expect(label({ F9: '  ' }).label).toBe('Ligne 9 : Agression verbale — A 16 - Accueil - Accueil téléphonique');
    expect(label({ F9: null, E9: null }).label).toBe('Ligne 9 : 18 - Risques Psycho-Sociaux (RPS) — A 16 - Accueil - Accueil téléphonique');
  });

  it('names what it has when the unit or the risk is missing, and says an empty row is empty', () => {
    expect(label({ B9: null }).label).toBe('Ligne 9 : Accueil du public au guichet');
    const unitOnly = label({ D9: null, E9: null, F9: null });
    expect(unitOnly).toMatchObject({ label: 'Ligne 9 : A 16 - Accueil - Accueil téléphonique', empty: false });
    const noWhat = label({ B9: null, D9: null, E9: null, F9: null });
    expect(noWhat).toMatchObject({ label: 'Ligne 9 (vide)', empty: true });
  });
});

describe('riskRowChoices', () => {
  it('offers nothing in a workbook without a risk table', () => {
    expect(riskRowChoices({ sheets: [], names: [] })).toEqual([]);
  });

  it('offers the DU’s rows then its first free row', () => {
    const rows = riskRowChoices(du).map((c) => [c.sheet, c.row, c.empty]);
    expect(rows[0]).toEqual([DU_TABLE.sheet, 8, false]);
    expect(rows[rows.length - 1]).toEqual([DU_TABLE.sheet, 14, true]);
  });
});

describe('edits on a table without the column', () => {
  const bare: RiskRowRef = { ...riskRowAt(census, GRID, 'A9')!, table: { sheet: GRID, table: 'risques', headerRow: 8, firstRow: 9, lastRow: 14, columns: { situation: 'F' } } };

  it('plans nothing, under the edit’s own name', () => {
    expect(planSetFamily(census, bare, RISK_FAMILIES[0])).toEqual({ command: 'famille', edits: [] });
    expect(planSetUnit(census, bare, unitsOf('DGI')[0])).toEqual({ command: 'unite', edits: [] });
    expect(planAppend(census, bare, 'danger', 'x')).toEqual({ command: 'ajout', edits: [] });
    expect(planSetRatings(census, bare, { gravite: 2, frequence: 2 })).toEqual({ command: 'cotation', edits: [] });
    expect(meansField(bare)).toBeNull();
  });
});

describe('edits and their reasons', () => {
  const ref = riskRowAt(census, GRID, 'A11')!;

  it('says which family and which unit were chosen', () => {
    const fam = RISK_FAMILIES.find((f) => f.code === '03')!;
    const p = planSetFamily(census, ref, fam);
    expect(p.command).toBe('famille');
    expect(p.edits[0].reason).toContain(fam.title);
    const unit = unitsOf('DGI').find((u) => u.code === 'A 16')!;
    const q = planSetUnit(census, ref, unit);
    expect(q.command).toBe('unite');
    expect(q.edits[0].reason).toContain('A 16');
  });

  it('says a danger and a means apart, and writes nothing when already there', () => {
    const danger = planAppend(census, ref, 'danger', 'Chute');
    const means = planAppend(census, ref, 'moyensSouhaites', 'Chariot');
    expect(danger.command).toBe('ajout');
    expect(danger.edits[0].reason).not.toBe(means.edits[0].reason);
    expect(danger.edits[0].reason.trim()).not.toBe('');
    expect(means.edits[0].reason.trim()).not.toBe('');
  });

  it('rates only what is given, G and F said apart', () => {
    const p = planSetRatings(census, ref, { frequence: 1 });
    expect(p.command).toBe('cotation');
    expect(p.edits.map((e) => (e as ValueEdit).cell)).toEqual(['I11']);
    const both = planSetRatings(census, ref, { gravite: 4, frequence: 1 });
    expect(both.edits[0].reason).toContain('4');
    expect(both.edits[1].reason).toContain('1');
    const same = planSetRatings(census, riskRowAt(census, GRID, 'A9')!, { gravite: 2, frequence: 2 }); // G3 F3 → 2 and 2
    expect(same.edits).toHaveLength(2);
    expect(same.edits[0].reason).not.toBe(same.edits[1].reason);
  });
});

describe('appendedText', () => {
  it('trims what was typed and what is added', () => {
    expect(appendedText('  Gants  ', '  Lunettes ')).toBe('Gants ; Lunettes');
    expect(appendedText('   ', 'Lunettes')).toBe('Lunettes');
    expect(appendedText(12, 'Lunettes')).toBe('12 ; Lunettes');
  });

  it('adds nothing blank, nor what the cell already says', () => {
    expect(appendedText('Gants', '  ')).toBeNull();
    expect(appendedText(null, '')).toBeNull();
    expect(appendedText('Port de charges lourdes', 'charges')).toBeNull();
  });
});
