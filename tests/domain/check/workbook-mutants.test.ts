/** Rules over the workbook as a whole: parts, header fields, identification, error cells. */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { census, du, programme, edit, TODAY } from './baselines';

const G = 'Grille de recensement';
const I = 'Informations générales';
const ID = 'Identification';
const H = 'Hiérarchisation';
const run = (s: WorkbookSnapshot, rule: string) => runChecks(s, { today: TODAY }).filter((f) => f.rule === rule);
const where = (s: WorkbookSnapshot, rule: string) => run(s, rule).map((f) => [f.severity, f.sheet, f.cell]);
const without = (s: WorkbookSnapshot, name: string): WorkbookSnapshot => ({ ...s, sheets: s.sheets.filter((x) => x.name !== name) });

describe('structure-parties', () => {
  it('is silent on complete workbooks of each kind', () => {
    for (const s of [census(), du(), programme()]) expect(run(s, 'structure-parties')).toEqual([]);
  });

  it('names a missing sheet, workbook-wide', () => {
    const f = run(without(du(), 'Statistiques'), 'structure-parties');
    expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([['error', '', '']]);
    expect(f[0].message).toContain('« Statistiques »');
  });

  it('reports a table whose header line is gone, at A1 of its sheet', () => {
    const s = edit(census(), G, { A8: null, B8: null, C8: null, D8: null, E8: null, F8: null, G8: null, H8: null, I8: null, J8: null, K8: null, L8: null });
    const f = run(s, 'structure-parties');
    expect(f.map((x) => [x.severity, x.sheet, x.cell])).toEqual([['error', G, 'A1']]);
    expect(f[0].message).toContain(`« ${G} »`);
  });
});

describe('champs-entete', () => {
  it('warns at A1 of the sheet for each missing label, per kind', () => {
    expect(where(edit(census(), I, { B12: 'Effectif ?' }), 'champs-entete')).toEqual([['warning', I, 'A1']]);
    expect(run(edit(census(), I, { B12: 'Effectif ?' }), 'champs-entete')[0].message).toContain("« Nb d'agents »");
    expect(where(edit(du(), ID, { B29: 'Transmission' }), 'champs-entete')).toEqual([['warning', ID, 'A1']]);
    expect(run(edit(du(), ID, { B29: 'Transmission' }), 'champs-entete')[0].message).toContain('« Date de transmission au CTP »');
    expect(where(edit(programme(), I, { B5: 'Auteur' }), 'champs-entete')).toEqual([['warning', I, 'A1']]);
    expect(run(edit(programme(), I, { B5: 'Auteur' }), 'champs-entete')[0].message).toContain('« Rédacteur du Programme de prévention »');
  });

  it('is silent on complete workbooks', () => {
    for (const s of [census(), du(), programme()]) expect(run(s, 'champs-entete')).toEqual([]);
  });
});

describe('identification rules', () => {
  it('report a blank or template value, quoting the template’s', () => {
    expect(where(edit(census(), I, { C5: null }), 'identification-service')).toEqual([['error', I, 'C5']]);
    expect(run(edit(census(), I, { C5: null }), 'identification-service')[0].message).not.toContain('«');
    expect(run(edit(du(), ID, { C4: 'Indiquer le service' }), 'identification-service')[0].message).toContain('« Indiquer le service »');
    expect(where(edit(du(), ID, { C26: ' ' }), 'identification-redacteur')).toEqual([['error', ID, 'C26']]);
    expect(where(edit(census(), I, { C7: 'Indiquer le nom' }), 'identification-redacteur')).toEqual([['error', I, 'C7']]);
  });

  it('apply to the kinds that have the field', () => {
    expect(run(programme(), 'identification-service')).toEqual([]);
    for (const s of [census(), du(), programme()]) expect(run(s, 'identification-redacteur')).toEqual([]);
  });

  it('direction: an error when blank or “Sélectionner…”, an information when unknown', () => {
    expect(where(edit(census(), I, { C3: null }), 'identification-direction')).toEqual([['error', I, 'C3']]);
    expect(where(edit(du(), ID, { C3: 'Sélectionner' }), 'identification-direction')).toEqual([['error', ID, 'C3']]);
    expect(where(edit(programme(), I, { C3: 'Ministère' }), 'identification-direction')).toEqual([['info', I, 'C3']]);
    expect(run(edit(programme(), I, { C3: 'Ministère' }), 'identification-direction')[0].message).toContain('« Ministère »');
    expect(run(edit(du(), ID, { C3: 'Sélectionner' }), 'identification-direction')[0].message).toContain('DGI');
    expect(run(edit(census(), I, { C3: 'DGFiP' }), 'identification-direction')).toEqual([]);
  });
});

describe('ref-erreurs and valeurs-erreur', () => {
  it('tell #REF! (to repair) from the other error values, once each', () => {
    const s = edit(census(), G, { C9: { error: '#REF!' }, C10: { error: '#DIV/0!' } });
    expect(where(s, 'ref-erreurs')).toEqual([['error', G, 'C9']]);
    expect(where(s, 'valeurs-erreur')).toEqual([['error', G, 'C10']]);
    expect(run(s, 'valeurs-erreur')[0].message).toContain('#DIV/0!');
    expect(run(s, 'ref-erreurs')[0].message).toMatch(/affiche #REF!/);
  });

  it('find a broken reference in a formula, saying what it shows', () => {
    const s = edit(census(), G, {});
    const grid = s.sheets.find((x) => x.name === G)!;
    grid.values[9][2] = { error: '#VALUE!' };
    grid.formulas[9][2] = "='Informations générales'!#REF!";
    grid.values[10][2] = 3;
    grid.formulas[10][2] = '=IFERROR(#REF!,3)';
    const f = run(s, 'ref-erreurs');
    expect(f.map((x) => x.cell)).toEqual(['C10', 'C11']);
    expect(f[0].message).toContain('affiche #VALUE!');
    expect(f[1].message).not.toContain('affiche');
    expect(run(s, 'valeurs-erreur')).toEqual([]);
  });

  it('look only at the sheets recognition gave a role, not the catalogue nor unknown ones', () => {
    const s = edit(census(), 'Catalogues DUERP', { Z1: { error: '#N/A' } });
    s.sheets.push({ ...structuredClone(s.sheets[0]), name: 'Brouillon', values: [[{ error: '#REF!' }]], formulas: [[null]] });
    expect(run(s, 'valeurs-erreur')).toEqual([]);
    expect(run(s, 'ref-erreurs')).toEqual([]);
    expect(where(edit(du(), H, { G8: { error: '#N/A' } }), 'valeurs-erreur')).toEqual([['error', H, 'G8']]);
  });
});
