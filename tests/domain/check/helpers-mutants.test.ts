/** The check's small readings, one by one: blanks, placeholders, opinions, units, postponed actions, ordering. */
import { isBlank, isPlaceholder, type RiskRow } from '../../../src/domain/check/context';
import type { Finding } from '../../../src/domain/check/finding';
import { runChecks, summarise } from '../../../src/domain/check/run-checks';
import { isPostponed, isRealAction } from '../../../src/domain/check/rules/actions';
import { isOpinion } from '../../../src/domain/check/rules/avis-consigne';
import { isNumberedPriority } from '../../../src/domain/check/rules/risque-intolerable-ancien';
import { sameUnit } from '../../../src/domain/check/rules/units-match';
import type { CellValue } from '../../../src/domain/workbook/snapshot';
import { census, edit, TODAY } from './baselines';

const row = (cells: Record<string, CellValue>): RiskRow => ({ sheet: 'Programme', row: 9, cells, at: () => 'A9' });

describe('isBlank and isPlaceholder', () => {
  it('calls blank only nothing or spaces', () => {
    expect([null, undefined, '', '   ', '\t'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', ' x ', { error: '#N/A' }].map((v) => isBlank(v as CellValue))).toEqual([false, false, false, false, false]);
  });

  it('recognises the templates’ “Sélectionner…” and “Indiquer…” only at the start, as words', () => {
    expect(['Sélectionner…', 'selectionner la direction', '  SÉLECTIONNER', 'Indiquer le service', 'indiquer'].map(isPlaceholder)).toEqual([true, true, true, true, true]);
    expect(['Service à indiquer', 'Indiquerait', 'Sélectionnés', 'DGI', '', null, 3].map((v) => isPlaceholder(v as CellValue))).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('isOpinion', () => {
  it.each(['Favorable', 'Avis favorable à l’unanimité', 'DÉFAVORABLE', 'Réservé', 'Favorable avec réserves', 'avis reserve'])('%p is an opinion', (t) => {
    expect(isOpinion(t)).toBe(true);
  });
  it.each(['Vu', 'En attente', 'Favorablement', 'Réservation', 'défavorablement', ''])('%p is not', (t) => {
    expect(isOpinion(t)).toBe(false);
  });
});

describe('isNumberedPriority', () => {
  it.each<[CellValue, boolean]>([
    [1, true], [999, true], [999.5, true], [1000, false], [0, false], [0.5, false], [-1, false],
    ['1', true], [' 999 ', true], ['1000', false], ['0', false], ['1,5', true],
    ['P1', true], ['p.2', true], ['P 3', true], ['Priorité 1 (budget 2027)', true], ['priorite n° 4', true], ['Priorité no. 12', true],
    ['P0', false], ['P1234', false], ['P1,5', false], ['P1.5', false], ['Reporté à 2027', false], ['hors programme', false],
    [null, false], [undefined as unknown as CellValue, false], ['', false], ['   ', false], [{ error: '#N/A' }, false], [true, false],
  ])('%j → %p', (v, expected) => {
    expect(isNumberedPriority(v)).toBe(expected);
  });
});

describe('sameUnit', () => {
  it('matches the same text, whatever the case and accents', () => {
    expect(sameUnit('A 16 - Accueil', 'a 16 - accueil')).toBe(true);
    expect(sameUnit('Équipe technique', 'EQUIPE TECHNIQUE')).toBe(true);
  });

  it('matches the same unit code, with or without the space', () => {
    expect(sameUnit('A 16 - Accueil', 'A16')).toBe(true);
    expect(sameUnit('a16 accueil téléphonique', 'A 16 - Accueil - Accueil téléphonique')).toBe(true);
    expect(sameUnit('AB 07 - Chauffeur', 'ab07')).toBe(true);
  });

  it('tells different codes and empty cells apart', () => {
    expect(sameUnit('A 16 - Accueil', 'A 17 - Accueil')).toBe(false);
    expect(sameUnit('A 16', 'B 16')).toBe(false);
    expect(sameUnit('A 160', 'A 16')).toBe(false);
    expect(sameUnit('Accueil', 'Courrier')).toBe(false);
    expect(sameUnit('ABC 16', 'BC 16')).toBe(false);
    expect(sameUnit('', '')).toBe(false);
    expect(sameUnit(null, null)).toBe(false);
    expect(sameUnit('A 16', null)).toBe(false);
    expect(sameUnit(null, 'A 16')).toBe(false);
  });
});

describe('isPostponed and isRealAction', () => {
  it('sees a risk the GT did not retain by its Réalisation', () => {
    expect(isPostponed(row({ realisation: 'Non programmé (GT) : reporté' }))).toBe(true);
    expect(isPostponed(row({ realisation: '  non programme' }))).toBe(true);
    expect(isPostponed(row({ realisation: 'Action non programmée' }))).toBe(false);
    expect(isPostponed(row({ realisation: null }))).toBe(false);
    expect(isPostponed(row({}))).toBe(false);
  });

  it('counts as an action a row with measures, family, situation or site, not postponed', () => {
    for (const f of ['mesures', 'famille', 'situation', 'site']) {
      expect(isRealAction(row({ [f]: 'x' }))).toBe(true);
      expect(isRealAction(row({ [f]: 0 }))).toBe(true);
      expect(isRealAction(row({ [f]: '  ' }))).toBe(false);
      expect(isRealAction(row({ [f]: null }))).toBe(false);
    }
    expect(isRealAction(row({ numero: 3, cout: 100 }))).toBe(false);
    expect(isRealAction(row({ mesures: 'x', realisation: 'Non programmé (GT)' }))).toBe(false);
  });
});

describe('runChecks orders and counts', () => {
  it('sorts by sheet order, then row, then column, then severity', () => {
    const s = edit(census(), 'Grille de recensement', { C9: 'beaucoup', H9: 7, B10: null, H10: 9, D12: 'Risque de noyade' });
    const f = runChecks(s, { today: TODAY });
    const where = f.map((x) => `${x.sheet}!${x.cell}`);
    const sheetIndex = (name: string) => s.sheets.findIndex((x) => x.name === name);
    for (let i = 1; i < f.length; i++) {
      const a = f[i - 1];
      const b = f[i];
      expect(sheetIndex(a.sheet)).toBeLessThanOrEqual(sheetIndex(b.sheet));
    }
    expect(where.indexOf('Grille de recensement!C9')).toBeLessThan(where.indexOf('Grille de recensement!H9'));
    expect(where.indexOf('Grille de recensement!H9')).toBeLessThan(where.indexOf('Grille de recensement!B10'));
    expect(where.indexOf('Grille de recensement!B10')).toBeLessThan(where.indexOf('Grille de recensement!H10'));
    expect(where.indexOf('Informations générales!C12')).toBeLessThan(where.indexOf('Grille de recensement!C9'));
    // Same cell: the error before the information.
    const atD12 = f.filter((x) => x.cell === 'D12').map((x) => x.severity);
    expect(atD12).toEqual([...atD12].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('puts the error before the information on one cell, and workbook-wide findings first', () => {
    const s = edit(census(), 'Grille de recensement', { H12: '3,0', I12: 5 });
    const f = runChecks({ ...s, sheets: s.sheets.filter((x) => x.name !== 'Fiche à imprimer') }, { today: TODAY });
    const i12 = f.findIndex((x) => x.cell === 'I12');
    const h12 = f.findIndex((x) => x.cell === 'H12');
    expect(h12).toBeGreaterThanOrEqual(0);
    expect(h12).toBeLessThan(i12);
  });

  it('summarises by severity', () => {
    const mk = (severity: Finding['severity']): Finding => ({ severity, rule: 'r', sheet: '', cell: '', message: '' });
    expect(summarise([mk('error'), mk('warning'), mk('warning'), mk('info'), mk('info'), mk('info')])).toEqual({ errors: 1, warnings: 2, infos: 3 });
    expect(summarise([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('runs only the rules for the kind of workbook', () => {
    const rules = new Set(runChecks(edit(census(), 'Grille de recensement', { H9: 7 }), { today: TODAY }).map((f) => f.rule));
    expect(rules.has('cotation-gravite')).toBe(true);
    for (const r of ['action-cout', 'rang-coherent', 'avis-consigne', 'route-sans-atmp']) expect(rules.has(r)).toBe(false);
  });

  it('uses today’s date when none is given', () => {
    const f = runChecks(edit(census(), 'Informations générales', { C11: '01/01/2999' }));
    expect(f.filter((x) => x.rule === 'date-future').map((x) => x.cell)).toEqual(['C11']);
  });
});
