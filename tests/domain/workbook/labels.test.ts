import { labelMatches, labelStartsWith, normaliseLabel } from '../../../src/domain/workbook/labels';

describe('label matching', () => {
  it.each([
    ["NB D AGENTS EXPOSES :", "Nb d'agents exposés"],
    ["Nb d’agents exposés", "Nb d'agents exposés"],
    ['  Date  de mise à jour:', 'Date de mise à jour'],
    ['Désignation des unités (indispensable)', 'Désignation des unités (indispensable)'],
    ['… formés aux premiers secours', '... formés aux premiers secours'],
    ['Echéance de mise en oeuvre', 'Échéance de mise en œuvre'],
  ])('%p matches %p', (cell, label) => {
    expect(labelMatches(cell, label)).toBe(true);
  });

  it.each([
    ['Nb d agents', "Nb d'agents exposés"],
    ['Gravité', 'Fréquence'],
    ['', 'Site'],
  ])('%p does not match %p', (cell, label) => {
    expect(labelMatches(cell, label)).toBe(false);
  });

  it('a prefix match needs a word break', () => {
    expect(labelStartsWith('Gravité (G)', 'Gravité')).toBe(true);
    expect(labelStartsWith('Sites', 'Site')).toBe(false);
  });

  it('normalises to lower case words without accents', () => {
    expect(normaliseLabel('  Type de risques (Risques liés à/aux…) ')).toBe('type de risques risques lies a aux');
  });
});
