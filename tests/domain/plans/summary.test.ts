/**
 * The plan in people's words (src/domain/plans/summary.ts): what the pane's preview and the command
 * line's text output print. Fixtures are generated from the templates.
 */
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { planCompile } from '../../../src/domain/plans/compile';
import type { Plan } from '../../../src/domain/plans/plan';
import { planProgramme } from '../../../src/domain/plans/programme';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair } from '../../../src/domain/plans/repair';
import { shownValue, summarisePlan, summaryLines, type PlanSummary } from '../../../src/domain/plans/summary';
import { CENSUS_TABLE, DU_TABLE, layoutToSnapshot } from '../../../src/domain/templates';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { CATALOGUE_SHEET } from '../../../src/domain/workbook/specs';
import { filledCensus, filledDocumentUnique } from '../../fixtures/generate';
import { censusOf, freshDocumentUnique, freshProgramme } from '../../fixtures/gt-decisions';
import { fill } from '../../fixtures/transforms';

const GRID = CENSUS_TABLE.sheet;
const repairedDu = () => {
  const broken = layoutToSnapshot(filledDocumentUnique({ broken: true }));
  return applyPlanToSnapshot(broken, planRepair(broken));
};

/** Every line a person reads, the formula text excepted. */
function allText(s: PlanSummary): string[] {
  return [s.headline, ...s.rows.map((r) => r.text), ...s.rows.map((r) => r.title), ...s.fields.map((f) => f.text), ...s.others.map((o) => o.text), ...s.templateRows, s.catalogue ?? '', ...s.dropdowns, ...s.colours];
}

describe('summarisePlan — repair of a census as distributed', () => {
  // The label of the writer's field typed in capitals with a colon: the summary must say it as typed.
  const layout = fill(filledCensus({ broken: true }), GRID, { A4: 'NOM DU RÉDACTEUR :' });
  const before = layoutToSnapshot(layout);
  // Planned and summarised in each test, so that the summary's code counts as covered by each.
  let plan!: Plan;
  let s!: PlanSummary;
  beforeEach(() => {
    plan = planRepair(before);
    s = summarisePlan(plan, before);
  });

  it('lists the identification fields as "label : value", the label read from the sheet', () => {
    const texts = s.fields.map((f) => f.text);
    expect(texts).toContain('NOM DU RÉDACTEUR : Mme Martin');
    expect(texts).toContain('Service analysé : SIP Nord');
    expect(texts).toContain('Service Départemental : Direction des services fiscaux');
    expect(s.fields.find((f) => f.cell === 'B4')).toMatchObject({ sheet: GRID, label: 'NOM DU RÉDACTEUR', before: '#REF!', after: 'Mme Martin' });
  });

  it('shows a date field as dd/mm/yyyy, not as its serial number', () => {
    // 46200 is 27 June 2026 (46023 = 1 January 2026, + 177 days).
    const date = s.fields.find((f) => f.label === 'Date de mise à jour');
    expect(date?.text).toBe('Date de mise à jour : 27/06/2026');
    expect(date?.after).toBe('27/06/2026');
    expect(allText(s).join('\n')).not.toContain('46200');
  });

  it('says one line per risk row, titled "situation — unit", with what the row will show', () => {
    const risks = s.rows.filter((r) => r.table === 'risques');
    expect(risks.map((r) => r.row)).toEqual([9, 10, 11, 12, 13, 14]);
    const first = risks[0];
    expect(first.title).toBe('Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique');
    expect(first.text).toBe('Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique : site SIP Nord, indice A');
    // Row 10 is G4 F2 (B), row 12 is G1 F4 (C): the letters come from the matrix, cell by cell.
    expect(risks[1].text).toMatch(/indice B$/);
    expect(risks[3].text).toMatch(/indice C$/);
  });

  it('shows the formula’s result in the text, the formula itself only beside it', () => {
    const index = s.rows[0].cells.find((c) => c.cell === 'J9')!;
    expect(index).toMatchObject({ label: 'indice', before: '#REF!', after: 'A' });
    expect(index.formula).toMatch(/^=.*DUERP_Matrice/);
    for (const line of allText(s)) {
      expect(line).not.toMatch(/DUERP_Matrice|IFERROR|COUNTA|'Informations générales'!\$C\$5/);
    }
  });

  it('collapses the empty template rows into one line, and lists none of them as a row', () => {
    expect(s.rows.some((r) => r.row >= 15)).toBe(false);
    expect(s.templateRows).toHaveLength(1);
    const last = CENSUS_TABLE.firstRow + 30 - 1;
    expect(s.templateRows[0]).toBe(`Les lignes 15 à ${last} de « ${GRID} », encore vides, reçoivent leurs formules (site, indice) : elles s’afficheront quand la ligne sera remplie.`);
  });

  it('says the catalogue sheet in one line, never cell by cell', () => {
    expect(plan.edits.filter((e) => 'sheet' in e && e.sheet === CATALOGUE_SHEET && e.kind === 'value').length).toBeGreaterThan(20);
    expect(s.catalogue).toBe(`Feuille « ${CATALOGUE_SHEET} » ajoutée, 7 noms définis : familles, unités de travail, échelles, notes acceptées et matrice, que les listes et les indices utilisent.`);
    const lines = [...s.rows, ...s.fields, ...s.others];
    expect(lines.filter((l) => l.sheet === CATALOGUE_SHEET)).toEqual([]);
  });

  it('puts a cell outside tables and fields (the line under the title) in "others"', () => {
    expect(s.others).toHaveLength(1);
    expect(s.others[0].text).toMatch(/^« Grille de recensement » A2 : SIP Nord/);
  });

  it('counts rows and fields in the headline, not cells', () => {
    // 6 risk rows carry 12 cells, and the fields are 5: the headline says rows and fields.
    expect(s.rows.filter((r) => r.table === 'risques').flatMap((r) => r.cells)).toHaveLength(12);
    expect(s.headline).toBe('À modifier : 6 lignes de risque, 5 champs, les formules des lignes vides, 1 autre cellule et la feuille des catalogues.');
    expect(s.empty).toBe(false);
  });

  it('prints the same in lines for the command line, each row with its sheet and number', () => {
    const lines = summaryLines(s);
    expect(lines[0]).toBe(s.headline);
    expect(lines).toContain('Champs :');
    expect(lines).toContain('  NOM DU RÉDACTEUR : Mme Martin');
    expect(lines).toContain(`  ${GRID} ligne 9 — ${s.rows[0].text}`);
    expect(lines).toContain(s.templateRows[0]);
    expect(lines).toContain(s.catalogue);
    expect(lines.join('\n')).not.toMatch(/DUERP_Matrice/);
  });
});

describe('summarisePlan — empty rows between filled ones', () => {
  it('names the empty rows in runs, never a span that covers a filled row', () => {
    // One more risk on row 20: the empty rows are 15–19 and 21–38.
    const layout = fill(filledCensus({ broken: true }), GRID, { B20: 'A 16 - Accueil - Accueil téléphonique', F20: 'Standard saturé', H20: 2, I20: 2 });
    const before = layoutToSnapshot(layout);
    const s = summarisePlan(planRepair(before), before);
    expect(s.rows.filter((r) => r.table === 'risques').map((r) => r.row)).toEqual([9, 10, 11, 12, 13, 14, 20]);
    expect(s.templateRows).toHaveLength(1);
    expect(s.templateRows[0]).toMatch(/^Les lignes 15 à 19 et 21 à 38 de « Grille de recensement », encore vides/);
  });
});

describe('summarisePlan — recompute of a document unique', () => {
  const before = layoutToSnapshot(filledDocumentUnique({ broken: false }));
  let s!: PlanSummary;
  beforeEach(() => {
    s = summarisePlan(planRecompute(before), before);
  });

  it('says each risk row with its index and rank', () => {
    const risks = s.rows.filter((r) => r.table === 'risques');
    expect(risks).toHaveLength(6);
    expect(risks.every((r) => r.sheet === DU_TABLE.sheet)).toBe(true);
    // Row 13 (RCHI, G3 F4) is first, row 8 (RPS, G3 F3) second, row 11 (REET, G1 F4) last.
    expect(risks.find((r) => r.row === 13)!.text).toBe('Nettoyage des sanitaires — A 05 - Personnel d\'entretien "Ménage" : indice A, rang 1');
    expect(risks.find((r) => r.row === 8)!.text).toMatch(/: indice A, rang 2$/);
    expect(risks.find((r) => r.row === 11)!.text).toMatch(/: indice C, rang 6$/);
  });

  it('says the dropdowns and colours per sheet, by column name and row span', () => {
    expect(s.dropdowns).toContain(`Listes déroulantes sur « ${DU_TABLE.sheet} » : type de risques (lignes 8 à 507), unité (lignes 8 à 507), G (lignes 8 à 507), F (lignes 8 à 507), type d'action (lignes 8 à 507)`);
    // A dropdown on one field is named by the field's label, not by a column and rows.
    expect(s.dropdowns).toContain('Listes déroulantes sur « Identification » : Direction');
    expect(s.colours).toEqual([`Couleurs A/B/C/D sur « ${DU_TABLE.sheet} » : indice (lignes 8 à 507)`]);
    expect(s.headline).toMatch(/^À modifier : 6 lignes de risque, .*des listes déroulantes et les couleurs de l’indice\.$/);
  });
});

describe('summarisePlan — compile', () => {
  const du = freshDocumentUnique('DGI');
  let plan!: Plan;
  let s!: PlanSummary;
  beforeEach(() => {
    plan = planCompile([{ name: 'a.xlsx', snapshot: layoutToSnapshot(censusOf('SIP Nord', 'DGI')) }], du);
    s = summarisePlan(plan, du);
  });

  it('says an added row is added, with its rank and index, not cell by cell', () => {
    const risks = s.rows.filter((r) => r.table === 'risques');
    expect(risks).toHaveLength(2);
    expect(risks[0].text).toMatch(/^Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique : ligne ajoutée/);
    expect(risks[0].text).toContain('indice A');
    expect(risks[0].text).toContain('rang 1');
    expect(risks[1].text).toMatch(/: ligne ajoutée.*indice B/);
    // The typed columns are not listed one by one in the line of an added row.
    expect(risks[0].text).not.toContain('Hygiaphone');
    expect(risks[0].cells.find((c) => c.label === 'moyens actuels')?.after).toBe('Hygiaphone');
  });

  it('names the census point added to the identification as an added row too', () => {
    expect(s.rows.find((r) => r.table === 'points')?.text).toBe('SIP Nord : ligne ajoutée');
    expect(s.headline).toContain('2 lignes de risque');
    expect(s.headline).toContain('1 point de recensement');
  });

  it('reads a field label ending with "=" without the sign (`Total des effectifs =`)', () => {
    expect(s.fields.map((f) => f.text)).toContain('Total des effectifs : 25');
  });
});

describe('summarisePlan — programme', () => {
  const du = applyPlanToSnapshot(repairedDu(), planRecompute(repairedDu()));
  const programme = freshProgramme();
  let plan!: Plan;
  let s!: PlanSummary;
  beforeEach(() => {
    plan = planProgramme(du, programme);
    s = summarisePlan(plan, programme);
  });

  it('counts the actions added, not the synthesis block written under the table', () => {
    // The DU holds 2 A and 2 B risks: 4 actions; the synthesis under the table (row 40 on) is no action.
    expect(s.rows.filter((r) => r.table === 'actions').map((r) => r.row)).toEqual([9, 10, 11, 12]);
    expect(s.rows.every((r) => r.row < 40)).toBe(true);
    expect(s.headline).toMatch(/^À modifier : 4 actions\b/);
    expect(s.rows[1].text).toBe('Nettoyage des sanitaires — CDIF Lille : ligne ajoutée, indice A');
    expect(s.others.some((o) => o.cell === 'A40')).toBe(true);
  });
});

describe('summarisePlan — nothing to do', () => {
  it('says "Rien à modifier" for an empty plan, and prints that one line', () => {
    const snapshot = layoutToSnapshot(filledCensus({ broken: true }));
    const s = summarisePlan({ command: 'repair', edits: [] }, snapshot);
    expect(s.empty).toBe(true);
    expect(s.headline).toBe('Rien à modifier : le classeur est à jour.');
    expect(s).toMatchObject({ rows: [], fields: [], others: [], templateRows: [], catalogue: null, dropdowns: [], colours: [] });
    expect(summaryLines(s)).toEqual(['Rien à modifier : le classeur est à jour.']);
  });

  it('says "Rien à modifier" once a repair has been applied and is planned again', () => {
    const snapshot = layoutToSnapshot(filledCensus({ broken: true }));
    const repaired: WorkbookSnapshot = applyPlanToSnapshot(snapshot, planRepair(snapshot));
    const again: Plan = planRepair(repaired);
    expect(summarisePlan(again, repaired).headline).toBe('Rien à modifier : le classeur est à jour.');
  });
});

describe('shownValue', () => {
  it('shows a date serial as dd/mm/yyyy only for a date-like field', () => {
    expect(shownValue(46023, 'dateMiseAJour')).toBe('01/01/2026');
    expect(shownValue(46023, 'echeance')).toBe('01/01/2026');
    expect(shownValue(46023, 'Date de transmission au CTP')).toBe('01/01/2026');
    // A column's header as typed, accents and capitals included (the standalone page's row view).
    expect(shownValue(46023, 'Échéance de mise en œuvre')).toBe('01/01/2026');
    expect(shownValue(46023, 'DATE DE MISE À JOUR')).toBe('01/01/2026');
    expect(shownValue(46023, 'le')).toBe('01/01/2026');
    expect(shownValue(46023, 'Coût prévisionnel')).toBe('46023');
    expect(shownValue(46023, 'nbAgents')).toBe('46023');
    expect(shownValue(46023)).toBe('46023');
    // A small number in a date field is not a date (a count typed there by mistake).
    expect(shownValue(12, 'dateMiseAJour')).toBe('12');
  });

  it('writes decimals with a comma, integers as they are', () => {
    expect(shownValue(2.5)).toBe('2,5');
    expect(shownValue(1500)).toBe('1500');
  });

  it('shows errors as they are, booleans as VRAI/FAUX, empty as (vide)', () => {
    expect(shownValue({ error: '#REF!' })).toBe('#REF!');
    expect(shownValue({ error: '#N/A' }, 'dateMiseAJour')).toBe('#N/A');
    expect(shownValue(true)).toBe('VRAI');
    expect(shownValue(false)).toBe('FAUX');
    expect(shownValue(null)).toBe('(vide)');
    expect(shownValue(undefined)).toBe('(vide)');
    expect(shownValue('')).toBe('(vide)');
    expect(shownValue(0)).toBe('0');
  });

  it('cuts a long text at 80 characters with an ellipsis', () => {
    const long = 'x'.repeat(120);
    expect(shownValue(long)).toBe(`${'x'.repeat(77)}…`);
    expect(shownValue('x'.repeat(80))).toBe('x'.repeat(80));
  });
});
