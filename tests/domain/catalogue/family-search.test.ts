/** Searching the 26 families as a person types (src/domain/catalogue/family-search.ts). */
import { RISK_FAMILIES } from '../../../src/domain/catalogue/families';
import { searchFamilies } from '../../../src/domain/catalogue/family-search';
import { normaliseLabel } from '../../../src/domain/workbook/labels';

const codes = (q: string) => searchFamilies(q).map((f) => f.code);
const family = (code: string) => RISK_FAMILIES.find((f) => f.code === code)!;
const fiche = (code: string) => {
  const f = family(code);
  const p = f.prevention;
  return normaliseLabel([f.definition, ...f.dangers, ...f.dommages, ...f.facteurs, ...p.organisationnels, ...p.collectifs, ...p.individuels, ...p.humains, ...f.pistes].join(' '));
};

describe('searchFamilies', () => {
  it('returns all 26 families, in code order, for an empty or blank query', () => {
    expect(codes('')).toEqual(RISK_FAMILIES.map((f) => f.code));
    expect(codes('')).toHaveLength(26);
    expect(codes('   ')).toHaveLength(26);
  });

  it('finds a family by its code, with or without the leading zero', () => {
    expect(codes('05')).toEqual(['05']);
    expect(codes('01')).toEqual(['01']);
    // `1` is typed on the way to `12` too: 01 first, then the codes that start with 1.
    expect(codes('1')).toEqual(['01', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
    expect(codes('5')[0]).toBe('05');
    expect(codes('5')).not.toContain('25');
  });

  it('finds a family by its abbreviation, or a variant of it, whatever the case', () => {
    expect(codes('racp')).toEqual(['01']);
    expect(codes('RCHUH')).toEqual(['07']);
    // RCHU is 07's variant (its fiche's spelling), and the start of RCHUP (06).
    expect(codes('rchu')).toEqual(['06', '07']);
  });

  it('finds a family by words of its title, accents and case aside', () => {
    expect(codes('electricite')).toEqual(['10']);
    expect(codes('ÉLECTRICITÉ')).toEqual(['10']);
    expect(codes('tabac alcool')).toEqual(['20']);
    expect(codes('plongée')).toEqual(['24']);
  });

  it('finds a family by a word found only in its fiche (a danger)', () => {
    // `légionnelle` is in 04's dangers, neither in its title nor anywhere else.
    expect(family('04').dangers.some((d) => normaliseLabel(d).includes('legionnelle'))).toBe(true);
    expect(normaliseLabel(family('04').title)).not.toContain('legionnelle');
    expect(codes('légionnelle')).toEqual(['04']);
    expect(codes('LEGIONNELLE')).toEqual(['04']);
  });

  it('requires every word typed to be found', () => {
    expect(codes('glissant')).toEqual(['06']);
    expect(codes('sol glissant')).toEqual(['06']);
    expect(codes('glissant légionnelle')).toEqual([]);
    expect(codes('zzz')).toEqual([]);
  });

  it('ranks the families matched by code, abbreviation or title before those matched in the fiche', () => {
    // 18 (Psycho-Sociaux) matches in its title; 17 and 20 speak of it in their fiche only.
    expect(fiche('17')).toContain('psycho');
    expect(codes('psycho')).toEqual(['18', '17', '20']);
    // Chute: 06, 07 and 11 by title, before 16 and 23 by their fiche.
    const chute = codes('chute');
    expect(chute.slice(0, 3)).toEqual(['06', '07', '11']);
    expect(chute.slice(3)).toEqual(['16', '23']);
  });

  it('matches a short word only at the start of a word, a longer one anywhere', () => {
    // `eau` (three letters) must start a word: a family that has it only inside words (bureau,
    // niveau, réseau…) is not found.
    const whole = (code: string) => normaliseLabel(`${family(code).title} ${fiche(code)}`);
    const inside = RISK_FAMILIES.filter((f) => whole(f.code).includes('eau') && !` ${whole(f.code)}`.includes(' eau')).map((f) => f.code);
    expect(inside.length).toBeGreaterThan(0);
    const eau = codes('eau');
    expect(eau).toContain('23'); // Mise à l'Eau de l'Annexe
    for (const code of inside) expect(eau).not.toContain(code);
    // `ecran` (five letters) is found inside `écrans`.
    expect(codes('ecran')[0]).toBe('12');
  });
});
