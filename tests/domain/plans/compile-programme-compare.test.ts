import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { CompileError, planCompile } from '../../../src/domain/plans/compile';
import type { Plan } from '../../../src/domain/plans/plan';
import { planProgramme } from '../../../src/domain/plans/programme';
import { compareDocuments } from '../../../src/domain/compare/compare';
import { recognise, tableNamed } from '../../../src/domain/workbook/recognise';
import { contentRows } from '../../../src/domain/workbook/rows';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { rowAt, sheetOf, workbookOf, type CellSpec } from '../../helpers/snapshot-builder';

const CENSUS_HEADERS = ['Site', 'Unités de travail', "Nb d'agents exposés", 'Type de risques', 'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence', 'Indice de risque', 'Moyens de prévention souhaités', "Type d'action"];
const DU_HEADERS = [...CENSUS_HEADERS.slice(0, 10), 'Hiérarchisation', 'Moyens de prévention envisagés par le GT', "Type d'action", 'Priorité retenue par le GT'];

function census(sigle: string, headcount: number, risks: CellSpec[][]): WorkbookSnapshot {
  const rows: Record<string, CellSpec> = {};
  risks.forEach((r, i) => Object.assign(rows, rowAt(`A${5 + i}`, r)));
  return workbookOf(
    sheetOf('Informations générales', { A1: 'Dir. Générale', B1: 'DGI', A2: 'Sigle du service analysé', B2: sigle, A3: "Nb d'agents", B3: headcount }),
    sheetOf('Grille de recensement', { ...rowAt('A4', CENSUS_HEADERS), ...rows }),
  );
}

function du(risks: CellSpec[][] = []): WorkbookSnapshot {
  const rows: Record<string, CellSpec> = {};
  risks.forEach((r, i) => Object.assign(rows, rowAt(`B${8 + i}`, r)));
  return workbookOf(
    sheetOf('Identification', { A1: 'Direction', B1: 'DGI', A2: 'Service', B2: 'DSF', ...rowAt('A4', ['Liste des points de recensement', 'Effectifs']) }),
    sheetOf('Hiérarchisation', { ...rowAt('B7', DU_HEADERS), ...rows }),
  );
}

const censusA = census('SIP Nord', 25, [
  ['', 'A 16', 4, '18', 'Agression', 'Accueil du public', 'Hygiaphone', 3, 3, null, 'Formation', 'Humaine (formation, information)'],
  ['Archives', 'A 08', 2, '01', 'Port de charges', 'Cartons', '', 2, 2],
]);
const censusB = census('CDIF', 12, [['', 'A 16', 3, '18', 'Agression', 'Accueil du public', '', 4, 4]]);

function risksOf(s: WorkbookSnapshot) {
  const rec = recognise(s);
  const t = tableNamed(rec, 'risques')!;
  return contentRows(s.sheets.find((x) => x.name === t.sheet)!, t);
}

describe('planCompile', () => {
  const target = du([['SIP Nord', 'A 16', 4, '18', 'Agression', 'Accueil du public', 'Hygiaphone', 2, 3, null, null, 'Vitre', null, 'P1']]);
  // Planned in each test, so that compile's code counts as covered by each (mutation testing).
  let plan!: Plan;
  let result!: WorkbookSnapshot;
  let rows!: ReturnType<typeof risksOf>;
  beforeEach(() => {
    plan = planCompile([{ name: 'a.xlsx', snapshot: censusA }, { name: 'b.xlsx', snapshot: censusB }], target);
    result = applyPlanToSnapshot(target, plan);
    rows = risksOf(result);
  });

  it('appends only the risks the DU does not hold, with the site named by the census', () => {
    expect(rows.map((r) => [r.cells.site, r.cells.unite])).toEqual([['SIP Nord', 'A 16'], ['Archives', 'A 08'], ['CDIF', 'A 16']]);
  });

  it('keeps the GT’s ratings and priority on a risk the DU already held', () => {
    expect(rows[0].cells).toMatchObject({ gravite: 2, priorite: 'P1', moyensGT: 'Vitre' });
  });

  it('prefills the GT’s means with the census’s wished means, and ranks', () => {
    expect(rows.find((r) => r.cells.site === 'CDIF')?.cells.rang).toBe(1); // G4 F4
    expect(rows.find((r) => r.cells.site === 'CDIF')?.cells.indice).toBe('A');
  });

  it('lists each census point with its headcount', () => {
    const ident = result.sheets.find((s) => s.name === 'Identification')!;
    expect(ident.values[4].slice(0, 2)).toEqual(['SIP Nord', 25]);
    expect(ident.values[5].slice(0, 2)).toEqual(['CDIF', 12]);
  });

  it('plans nothing new when compiled again', () => {
    const again = planCompile([{ name: 'a.xlsx', snapshot: censusA }, { name: 'b.xlsx', snapshot: censusB }], result);
    expect(again.edits).toEqual([]);
  });

  it('refuses a destination that is not a DU, in French', () => {
    expect(() => planCompile([{ name: 'a.xlsx', snapshot: censusA }], censusB)).toThrow(CompileError);
    expect(() => planCompile([{ name: 'a.xlsx', snapshot: censusA }], censusB)).toThrow(/n'est pas un document unique/);
  });
});

describe('planProgramme', () => {
  const source = du([
    ['S1', 'A 16', 4, '18', 'Agression', 'Accueil', '', 2, 2],
    ['S1', 'A 01', 10, '09', 'Route', 'Déplacements', '', 4, 3, null, null, 'Formation conduite', 'Humaine (formation, information)'],
    ['S2', 'A 08', 2, '01', 'Charges', 'Cartons', '', 2, 3],
  ]);
  const programme = workbookOf(
    sheetOf('Informations générales', { A1: 'Direction', B1: 'DGI' }),
    sheetOf('Programme', {
      ...rowAt('A5', ['N°', 'Site', "Nb d'agents exposés", 'Type de risques', "Description de la situation d'exposition", 'Indice de risque', 'Mesures de prévention programmées', "Type d'action", 'Coût prévisionnel', 'Échéance de mise en œuvre', 'Service chargé du dossier', 'Réalisation']),
      A6: 1, A7: 2,
    }),
  );
  let plan!: Plan;
  let after!: WorkbookSnapshot;
  let actions!: WorkbookSnapshot['sheets'][number];
  beforeEach(() => {
    plan = planProgramme(source, programme);
    after = applyPlanToSnapshot(programme, plan);
    actions = after.sheets.find((s) => s.name === 'Programme')!;
  });

  it('takes the A and B risks in rank order, leaving C and D out', () => {
    expect(actions.values[5].slice(0, 8)).toEqual([1, 'S1', 10, '09', 'Déplacements', 'A', 'Formation conduite', 'Humaine (formation, information)']);
    expect(actions.values[6].slice(0, 6)).toEqual([2, 'S2', 2, '01', 'Cartons', 'B']);
    expect(actions.values[7]?.[1] ?? null).toBeNull();
  });

  it('adds nothing the second time', () => {
    expect(planProgramme(source, after).edits).toEqual([]);
  });
});

describe('compareDocuments', () => {
  it('lists added, removed and changed risks', () => {
    const older = du([['S1', 'A 16', 4, '18', 'Agression', 'Accueil', '', 2, 2], ['S2', 'A 08', 2, '01', 'Charges', 'Cartons', '', 2, 3]]);
    const newer = du([['S1', 'A 16', 6, '18', 'Agression', 'Accueil', '', 3, 3], ['S3', 'A 01', 1, '09', 'Route', 'Voiture', '', 1, 1]]);
    const c = compareDocuments(older, newer);
    expect(c.added.map((r) => r.site)).toEqual(['S3']);
    expect(c.removed.map((r) => r.site)).toEqual(['S2']);
    expect(c.changed.map((ch) => [ch.field, ch.before, ch.after])).toEqual([['agents', 4, 6], ['gravite', 2, 3], ['frequence', 2, 3], ['indice', 'C', 'A']]);
  });
});
