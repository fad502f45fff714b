/**
 * Mutants of src/domain/plans/summary.ts: a plan in a person's words (the pane's preview and the
 * command line's output). The texts are what people read, so the tests read them. Every summary is
 * made inside its test: one made while Jest collects the tests counts for none of them.
 *
 * Equivalent mutants (not targeted):
 * - line 94 shownValue's default field '' → another text: it reads as no date word either.
 * - line 106 `v === undefined` → false: cells read from a snapshot are never undefined.
 * - line 115 the column test of tableAt (→ true, or !==), and line 119's `?.`: fieldOfColumn finds the
 *   column or the cell goes to « others » anyway.
 * - line 126 'designation': no table has that field any more.
 * - line 134 `!s` → false: a field's sheet is always in the workbook.
 * - lines 151, 157, 160 `\s+` → `\s`, `\d+` → `\d` (global): the same first area, the same letters.
 * - line 235 `table && key` → `||`: a table found at a column always has that column's field.
 * - line 239 a row's first text: rewritten for every row listed, blank rows are not listed.
 * - line 286 the nouns' fallback: every table has its nouns.
 * - line 344 joinFrench's join of one part or none; line 350 `s.empty` → false: the same single line.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import type { Edit, Plan } from '../../../../src/domain/plans/plan';
import { planRecompute } from '../../../../src/domain/plans/recompute';
import { shownValue, summarisePlan, summaryLines } from '../../../../src/domain/plans/summary';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../../src/domain/templates';
import { planProgramme } from '../../../../src/domain/plans/programme';
import { freshProgramme, gtDecisionsDocumentUnique } from '../../../fixtures/gt-decisions';
import { CATALOGUE_SHEET, SYNTHESE_SHEET } from '../../../../src/domain/workbook/specs';
import type { CellValue, WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';

const GRID = CENSUS_TABLE.sheet;
const INFO = 'Informations générales';
const H = DU_TABLE.sheet;
const census = layoutToSnapshot(filledCensus({ broken: false }));
const du = layoutToSnapshot(filledDocumentUnique({ broken: false }));
const v = (sheet: string, cell: string, after: CellValue, before: CellValue = null): Edit => ({ kind: 'value', sheet, cell, before, beforeFormula: null, after, reason: 'r' });
const f = (sheet: string, cell: string, formula: string, result: CellValue): Edit => ({ kind: 'formula', sheet, cell, before: null, beforeFormula: null, formula, result, reason: 'r' });
const plan = (edits: Edit[], command = 'test'): Plan => ({ command, edits });
const sum = (edits: Edit[], s: WorkbookSnapshot = census) => summarisePlan(plan(edits), s);

describe('rows', () => {
  it('says a changed row by its title, each cell by its column word and what it will show', () => {
    const s = sum([v(GRID, 'H9', 4, 3), v(GRID, 'K9', 'Casques', 'x')]);
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]).toMatchObject({ sheet: GRID, table: 'risques', row: 9 });
    expect(s.rows[0].title).toBe('Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique');
    expect(s.rows[0].text).toBe('Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique : G 4, moyens souhaités Casques');
    expect(s.rows[0].cells.map((c) => [c.label, c.field, c.before, c.after, c.formula])).toEqual([
      ['G', 'gravite', '3', '4', null],
      ['moyens souhaités', 'moyensSouhaites', 'x', 'Casques', null],
    ]);
    expect(s.headline).toBe('À modifier : 1 ligne de risque.');
  });

  it('titles a row by what it holds once the plan is applied, falling back on the row number', () => {
    expect(sum([v(GRID, 'E20', 'Bruit'), v(GRID, 'B20', 'A 01 - Encadrement')]).rows[0].title).toBe('Bruit — A 01 - Encadrement');
    expect(sum([v(GRID, 'D20', 'Chute')]).rows[0].title).toBe('Chute');
    expect(sum([v(GRID, 'B20', 'A 01')]).rows[0].title).toBe('A 01');
    expect(sum([v(GRID, 'A20', 'Annexe'), v(GRID, 'F20', 'Ménage')]).rows[0].title).toBe('Ménage — Annexe');
  });

  it('says an added row is added, with its derived cells only', () => {
    const s = sum([v(GRID, 'B20', 'A 01'), v(GRID, 'F20', 'Ménage'), v(GRID, 'H20', 2), v(GRID, 'I20', 2), f(GRID, 'J20', '=H20', 'C')]);
    expect(s.rows[0].text).toBe('Ménage — A 01 : ligne ajoutée, indice C');
    const plain = sum([v(GRID, 'B20', 'A 01'), v(GRID, 'F20', 'Ménage')]);
    expect(plain.rows[0].text).toBe('Ménage — A 01 : ligne ajoutée');
  });

  it('says a row whose cells only get derived values as changed, not added', () => {
    const s = sum([f(GRID, 'J9', '=H9', 'A')]);
    expect(s.rows[0].text).toMatch(/ : indice A$/);
  });

  it('sorts rows by sheet, then by row, and counts them per table in the headline', () => {
    const s = sum([v(GRID, 'K12', 'x'), v(GRID, 'K9', 'y'), v(INFO, 'C20', 3)]);
    expect(s.rows.map((r) => [r.sheet, r.row])).toEqual([
      [GRID, 9],
      [GRID, 12],
      [INFO, 20],
    ]);
    expect(s.headline).toBe('À modifier : 2 lignes de risque et 1 unité de travail.');
  });

  it('puts empty template rows that only get their formulas in one line, in runs', () => {
    const s = sum([f(GRID, 'J20', '=H20', ''), f(GRID, 'J21', '=H21', ''), f(GRID, 'J22', '=H22', ''), f(GRID, 'J25', '=H25', '')]);
    expect(s.rows).toEqual([]);
    expect(s.templateRows).toHaveLength(1);
    expect(s.templateRows[0]).toMatch(/^Les lignes 20 à 22 et 25 de « Grille de recensement »/);
    expect(s.templateRows[0]).toContain('(indice)');
    expect(s.headline).toBe('À modifier : les formules des lignes vides.');
    const one = sum([f(GRID, 'J20', '=H20', '')]);
    expect(one.templateRows[0]).toMatch(/^La ligne 20 de « Grille de recensement »/);
  });
});

describe('fields, others and sheets', () => {
  it('says a field as "label : value", its label read from the sheet', () => {
    const s = sum([v(INFO, 'C7', 'M. Petit', 'Mme Martin')]);
    expect(s.fields.map((x) => [x.text, x.field, x.before])).toEqual([['Rédacteur du site analysé : M. Petit', 'redacteur', 'Mme Martin']]);
    expect(s.headline).toBe('À modifier : 1 champ.');
    expect(sum([v(INFO, 'C7', 'a'), v(INFO, 'C8', 'b')]).headline).toBe('À modifier : 2 champs.');
  });

  it('lists up to three other cells of a sheet one by one', () => {
    const s = sum([v(GRID, 'Q2', 'note'), f(GRID, 'R2', '=1+1', 2)]);
    expect(s.others.map((o) => o.text)).toEqual([`« ${GRID} » Q2 : note`, `« ${GRID} » R2 : 2`]);
    expect(s.others[1].formula).toBe('=1+1');
    expect(s.headline).toBe('À modifier : 2 autres cellules.');
    expect(sum([v(GRID, 'Q2', 'note')]).headline).toBe('À modifier : 1 autre cellule.');
  });

  it('puts more than three other cells of a sheet in one block, with how many are formulas', () => {
    const s = sum([v(GRID, 'Q2', 'a'), f(GRID, 'Q3', '=1', 1), v(GRID, 'Q4', 'c'), f(GRID, 'Q5', '=2', 2), v(INFO, 'F2', 'z')]);
    expect(s.others).toHaveLength(2);
    expect(s.others[0].text).toBe(`« ${GRID} » : un bloc de 4 cellules (titres, totaux et synthèse, dont 2 en formules), de Q2 à Q5`);
    expect(s.others[1].text).toBe(`« ${INFO} » F2 : z`);
    expect(s.headline).toBe('À modifier : 1 autre cellule et un bloc de totaux.');
    const noFormula = sum([v(GRID, 'Q2', 'a'), v(GRID, 'Q3', 'b'), v(GRID, 'Q4', 'c'), v(GRID, 'Q5', 'd')]);
    expect(noFormula.others[0].text).toBe(`« ${GRID} » : un bloc de 4 cellules (titres, totaux et synthèse), de Q2 à Q5`);
    const two = sum([...['Q2', 'Q3', 'Q4', 'Q5'].map((c) => v(GRID, c, 1)), ...['F2', 'F3', 'F4', 'F5'].map((c) => v(INFO, c, 1))]);
    expect(two.headline).toBe('À modifier : 2 blocs de totaux.');
  });

  it('says a new sheet that is neither the catalogue nor a synthesis as another cell', () => {
    const s = sum([{ kind: 'sheet', sheet: 'Notes', visibility: 'visible', reason: 'r' }]);
    expect(s.others.map((o) => o.text)).toEqual(['Nouvelle feuille « Notes »']);
  });
});

describe('catalogue, synthesis, dropdowns, colours and properties', () => {
  it('says the catalogue sheet in one line, added or updated, with its names', () => {
    const added = sum([{ kind: 'sheet', sheet: CATALOGUE_SHEET, visibility: 'visible', reason: 'r' }]);
    expect(added.catalogue).toMatch(new RegExp(`^Feuille « ${CATALOGUE_SHEET} » ajoutée : `));
    const names = sum([
      { kind: 'name', name: 'A', ref: 'x', before: null, reason: 'r' },
      { kind: 'name', name: 'B', ref: 'x', before: null, reason: 'r' },
    ]);
    expect(names.catalogue).toMatch(/» mise à jour, 2 noms définis : /);
    const one = sum([{ kind: 'name', name: 'A', ref: 'x', before: null, reason: 'r' }]);
    expect(one.catalogue).toMatch(/» mise à jour, 1 nom défini : /);
    expect(one.headline).toBe('À modifier : la feuille des catalogues.');
    expect(sum([v(GRID, 'Q2', 'a')]).catalogue).toBeNull();
  });

  it('says the DU’s synthesis in one line with its cell count, added then updated', () => {
    const p = planRecompute(du);
    const s = summarisePlan(p, du);
    const synthese = p.edits.filter((e) => (e.kind === 'value' || e.kind === 'formula') && e.sheet === SYNTHESE_SHEET).length;
    expect(s.countSheets).toEqual([expect.stringMatching(new RegExp(`^Feuille « ${SYNTHESE_SHEET} » ajoutée : .*\\(${synthese} cellules\\)\\.$`))]);
    expect(s.headline).toContain('la synthèse');
    expect(s.colours.some((c) => c.includes(SYNTHESE_SHEET))).toBe(false);
    expect(s.others.some((o) => o.sheet === SYNTHESE_SHEET)).toBe(false);
    const after = applyPlanToSnapshot(du, p);
    const update = summarisePlan(plan([v(SYNTHESE_SHEET, 'A1', 'x', 'Synthèse du document unique')]), after);
    expect(update.countSheets).toEqual([expect.stringMatching(/» mise à jour : .*\(1 cellule\)\.$/)]);
    expect(summarisePlan(plan([v(H, 'G8', 'x')]), after).countSheets).toEqual([]);
  });

  it('says the dropdowns and colours per sheet, once per column', () => {
    const s = sum([
      { kind: 'validation', sheet: GRID, range: 'D9:D508', list: '=DUERP_Familles', reason: 'r' },
      { kind: 'validation', sheet: GRID, range: 'D9:D508', list: '=DUERP_Familles', reason: 'r' },
      { kind: 'validation', sheet: GRID, range: 'X9:X9', list: '=L', reason: 'r' },
      { kind: 'validation', sheet: INFO, range: 'C3', list: '=DUERP_Directions', reason: 'r' },
      { kind: 'conditionalFormat', sheet: GRID, range: 'J9:J508', rules: [], reason: 'r' },
    ]);
    expect(s.dropdowns).toEqual([`Listes déroulantes sur « ${GRID} » : type de risques (lignes 9 à 508), colonne X (ligne 9)`, `Listes déroulantes sur « ${INFO} » : Dir. Générale`]);
    expect(s.colours).toEqual([`Couleurs A/B/C/D sur « ${GRID} » : indice (lignes 9 à 508)`]);
    expect(s.headline).toBe('À modifier : des listes déroulantes et les couleurs de l’indice.');
  });

  it('says the document properties in one line', () => {
    const s = sum([
      { kind: 'property', name: 'DUERP_Version', value: 2, before: '1', reason: 'r' },
      { kind: 'property', name: 'DUERP_Avis', value: null, before: 'x', reason: 'r' },
    ]);
    expect(s.properties).toMatch(/: DUERP_Version = 2 ; DUERP_Avis retirée\.$/);
    expect(s.headline).toBe('À modifier : les propriétés du document.');
    expect('properties' in sum([v(GRID, 'Q2', 'a')])).toBe(false);
  });
});

describe('headline and lines', () => {
  it('joins the headline’s parts with commas and a last "et"', () => {
    const s = sum([v(GRID, 'K9', 'x'), v(INFO, 'C7', 'a'), v(GRID, 'Q2', 'n')]);
    expect(s.headline).toBe('À modifier : 1 ligne de risque, 1 champ et 1 autre cellule.');
    expect(s.empty).toBe(false);
    expect(s.command).toBe('test');
  });

  it('prints fields, rows and other cells in sections, then the one-line parts', () => {
    const s = sum([
      v(GRID, 'K9', 'x'),
      v(INFO, 'C7', 'a'),
      v(GRID, 'Q2', 'n'),
      { kind: 'name', name: 'A', ref: 'x', before: null, reason: 'r' },
      { kind: 'validation', sheet: GRID, range: 'D9:D508', list: '=DUERP_Familles', reason: 'r' },
    ]);
    expect(summaryLines(s)).toEqual([
      s.headline,
      '',
      'Champs :',
      '  Rédacteur du site analysé : a',
      '',
      'Lignes :',
      `  ${GRID} ligne 9 — ${s.rows[0].text}`,
      '',
      'Autres cellules :',
      `  « ${GRID} » Q2 : n`,
      '',
      s.catalogue!,
      s.dropdowns[0],
    ]);
  });

  it('prints only the sections there are', () => {
    const s = sum([v(GRID, 'K9', 'x')]);
    expect(summaryLines(s)).toEqual([s.headline, '', 'Lignes :', `  ${GRID} ligne 9 — ${s.rows[0].text}`]);
  });
});

describe('shownValue', () => {
  it('reads a date only between the serials of 1954 and 2119', () => {
    expect(shownValue(20000, 'date')).toBe('20000');
    expect(shownValue(20001, 'date')).toMatch(/^\d\d\/\d\d\/19\d\d$/);
    expect(shownValue(79999, 'date')).toMatch(/^\d\d\/\d\d\/2\d\d\d$/);
    expect(shownValue(80000, 'date')).toBe('80000');
    expect(shownValue(46023.5, 'echeance')).toBe('01/01/2026');
  });

  it('writes a number’s decimals with a comma', () => {
    expect(shownValue(-0.25)).toBe('-0,25');
  });

  it('keeps a text of 80 characters, cuts one of 81', () => {
    expect(shownValue('y'.repeat(81))).toBe(`${'y'.repeat(77)}…`);
    expect(shownValue(' x ')).toBe(' x ');
  });
});

describe('what is a row', () => {
  it('takes a cell of the header row, or of a column the table does not have, as another cell', () => {
    const s = sum([v(GRID, 'D8', 'Famille'), v(GRID, 'M9', 'note')]);
    expect(s.rows).toEqual([]);
    expect(s.others.map((o) => o.cell)).toEqual(['D8', 'M9']);
  });

  it('titles a unit row by its designation', () => {
    const s = sum([v(INFO, 'C20', 9, 8)]);
    expect(s.rows[0]).toMatchObject({ table: 'unites', row: 20, title: 'A 16 - Accueil - Accueil téléphonique' });
    expect(s.rows[0].text).toBe('A 16 - Accueil - Accueil téléphonique : agents exposés 9');
  });

  it('lists exactly three other cells of a sheet one by one', () => {
    const s = sum([v(GRID, 'Q2', 'a'), v(GRID, 'Q3', 'b'), v(GRID, 'Q4', 'c')]);
    expect(s.others.map((o) => o.cell)).toEqual(['Q2', 'Q3', 'Q4']);
    expect(s.headline).toBe('À modifier : 3 autres cellules.');
  });
});

describe('more of how a plan reads', () => {
  const programme = freshProgramme();

  it('trims a row’s title, and reads a header cell as another cell', () => {
    expect(sum([v(GRID, 'F20', '  Ménage  '), v(GRID, 'B20', ' A 01 ')]).rows[0].title).toBe('Ménage — A 01');
    const s = sum([v(GRID, 'D8', 'TYPE DE RISQUES (RISQUES LIÉS À/AUX…)', 'Type de risques (Risques liés à/aux…)')]);
    expect(s.rows).toEqual([]);
    expect(s.others.map((o) => o.cell)).toEqual(['D8']);
  });

  it('keeps the programme’s summary block out of its actions', () => {
    const plan = planProgramme(layoutToSnapshot(gtDecisionsDocumentUnique()), programme);
    const s = summarisePlan(plan, programme);
    expect(s.rows.map((r) => r.row)).toEqual([9, 10, 11, 12]);
    expect(s.others).toHaveLength(1);
    expect(s.others[0].text).toMatch(/^« Programme » : un bloc de \d+ cellules/);
    expect(s.headline).toBe('À modifier : 4 actions et un bloc de totaux.');
  });

  it('titles an action by its measures, and a census point by its name', () => {
    const action = summarisePlan(plan([v('Programme', 'G20', 'Formation'), v('Programme', 'B20', 'SIP')]), programme);
    expect(action.rows[0]).toMatchObject({ table: 'actions', title: 'Formation — SIP' });
    const point = sum([v('Identification', 'B10', 'CDIF'), v('Identification', 'C10', 12)], du);
    expect(point.rows[0]).toMatchObject({ table: 'points', title: 'CDIF' });
    expect(point.headline).toBe('À modifier : 1 point de recensement.');
  });

  it('reads a field’s label without its colon, equals sign or doubled spaces', () => {
    const relabelled = layoutToSnapshot(fill(filledCensus({ broken: false }), INFO, { B9: 'Code  Postal:' }));
    const s = summarisePlan(plan([v(INFO, 'C9', '59100', '59000')]), relabelled);
    expect(s.fields.map((f) => f.text)).toEqual(['Code Postal : 59100']);
  });

  it('names a column outside the tables by its letters', () => {
    const s = sum([
      { kind: 'validation', sheet: GRID, range: 'AB9:AB20', list: '=L', reason: 'r' },
      { kind: 'validation', sheet: GRID, range: 'X9', list: '=L', reason: 'r' },
    ]);
    expect(s.dropdowns).toEqual([`Listes déroulantes sur « ${GRID} » : colonne AB (lignes 9 à 20), colonne X (ligne 9)`]);
  });

  it('gives another cell and a new sheet their parts', () => {
    const s = sum([{ kind: 'sheet', sheet: 'Notes', visibility: 'visible', reason: 'r' }, v(GRID, 'Q2', 'note')]);
    expect(s.others[0]).toMatchObject({ sheet: 'Notes', cell: 'A1', label: 'Nouvelle feuille', field: '', before: '', after: 'Notes', formula: null });
    expect(s.others[1]).toMatchObject({ sheet: GRID, cell: 'Q2', label: `${GRID} Q2`, field: '', before: '(vide)', after: 'note' });
    const block = sum(['Q2', 'Q3', 'Q4', 'Q5'].map((c) => v(GRID, c, 'x', 'y')));
    expect(block.others[0]).toMatchObject({ label: GRID, before: '', after: '', formula: null });
  });

  it('says catalogue cells in the catalogue’s line, not as other cells', () => {
    const withCatalogue = applyPlanToSnapshot(census, plan([{ kind: 'sheet', sheet: CATALOGUE_SHEET, visibility: 'visible', reason: 'r' }]));
    const s = sum([v(CATALOGUE_SHEET, 'A2', 'x', 'y')], withCatalogue);
    expect(s.others).toEqual([]);
    expect(s.catalogue).toMatch(/» mise à jour : /);
  });

  it('sorts rows by sheet first', () => {
    const s = sum([v('Identification', 'C8', 30, 25), v(H, 'G12', 'x')], du);
    expect(s.rows.map((r) => [r.sheet, r.row])).toEqual([
      [H, 12],
      ['Identification', 8],
    ]);
  });

  it('lists an empty row that gets a letter, and a filled row whose cell is emptied', () => {
    expect(sum([f(GRID, 'J20', '=H20', 'A')]).rows.map((r) => r.text)).toEqual(['Ligne 20 : indice A']);
    expect(sum([f(GRID, 'J20', '=H20', 'A'), v(GRID, 'K20', null)]).rows.map((r) => r.row)).toEqual([20]);
    const emptied = sum([v(GRID, 'K9', null, 'x')]);
    expect(emptied.rows.map((r) => r.text)).toEqual(['Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique : moyens souhaités (vide)']);
    expect(emptied.templateRows).toEqual([]);
  });

  it('says a row changed, not added, when one of its cells held something', () => {
    const s = sum([v(GRID, 'G10', 'Gants'), v(GRID, 'H10', 3, 4)]);
    expect(s.rows[0].text).toBe('Déplacements vers les sites distants — A 01 - Encadrement "supérieur" : moyens actuels Gants, G 3');
    const blank = sum([v(GRID, 'K12', '')]);
    expect(blank.rows[0].text).toMatch(/ : moyens souhaités \(vide\)$/);
  });

  it('names the derived cells of an added row that show something, joined by commas', () => {
    expect(sum([v(GRID, 'B20', 'A 01'), v(GRID, 'F20', 'Ménage'), f(GRID, 'J20', '=H20', '')]).rows[0].text).toBe('Ménage — A 01 : ligne ajoutée');
    const d = sum([v(H, 'B14', 'A 01'), v(H, 'F14', 'Ménage'), v(H, 'H14', 1), v(H, 'I14', 1), f(H, 'J14', '=H14', 'D'), v(H, 'K14', 7)], du);
    expect(d.rows[0].text).toBe('Ménage — A 01 : ligne ajoutée, indice D, rang 7');
  });

  it('names every formula the empty rows get', () => {
    const s = sum([f(GRID, 'A20', '=1', ''), f(GRID, 'J20', '=2', '')]);
    expect(s.templateRows[0]).toContain('(site, indice)');
  });

  it('prints no rows section without rows', () => {
    const s = sum([v(INFO, 'C7', 'a')]);
    expect(summaryLines(s)).toEqual([s.headline, '', 'Champs :', '  Rédacteur du site analysé : a']);
  });
});
