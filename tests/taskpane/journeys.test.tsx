/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The journeys of a document unique and a programme in the pane, over an in-memory host:
 * Hiérarchiser, and the journeys loaded on demand that read chosen files (Compiler, Programme,
 * Comparer). The chosen files are real .xlsx packages written by src/xlsx/fresh-workbook.
 */
// First: the harness gives jsdom the TextDecoder the .xlsx reader needs when it loads.
import { MemoryHost, button, byLabel, card, click, fileOf, messageBars, mount, pickFiles, preview, tab, typed, until, valueAt } from './harness';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import { planRepair } from '../../src/domain/plans/repair';
import { DU_TABLE, layoutToSnapshot } from '../../src/domain/templates';
import { recognise, tableNamed } from '../../src/domain/workbook/recognise';
import { contentRows } from '../../src/domain/workbook/rows';
import { findSheet, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import * as downloadModule from '../../src/taskpane/shared/download';
import { freshWorkbook } from '../../src/xlsx/fresh-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { CENSUS_RISKS, filledDocumentUnique } from '../fixtures/generate';
import { censusOf, freshDocumentUnique, freshProgramme, gtDecisionsDocumentUnique } from '../fixtures/gt-decisions';

const HIER = DU_TABLE.sheet;

function riskRows(s: WorkbookSnapshot) {
  const t = tableNamed(recognise(s), 'risques')!;
  return contentRows(findSheet(s, t.sheet)!, t);
}

function actionRows(s: WorkbookSnapshot) {
  const t = tableNamed(recognise(s), 'actions')!;
  return contentRows(findSheet(s, t.sheet)!, t);
}

async function openTab(div: HTMLElement, name: string, section: string) {
  await click(tab(div, name));
  await until(() => byLabel(div, section) !== null);
  const panel = byLabel(div, section);
  if (!panel) throw new Error(`${name} ne s’est pas chargé`);
  return panel;
}

describe('Hiérarchiser', () => {
  const repairedDu = () => {
    const broken = layoutToSnapshot(gtDecisionsDocumentUnique());
    return applyPlanToSnapshot(broken, planRepair(broken));
  };

  it('shows the letters, the G × F grid and the first risks by rank with the GT’s priority beside them', async () => {
    const div = await mount(new MemoryHost(repairedDu()));
    await click(button(card(div)!, /^Hiérarchiser$/));
    const panel = byLabel(div, 'Hiérarchiser')!;
    expect(panel.textContent).toContain('A Intolérable : 2');
    expect(panel.textContent).toContain('D Tolérable : 0');
    expect(byLabel(panel, 'Grille gravité × fréquence : 6 risques cotés')).not.toBeNull();
    const ranked = [...byLabel(panel, 'Premiers risques au rang')!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(ranked).toHaveLength(6);
    // Rank 1 is RCHI (G3 F4) although the GT postponed it; RACP, the GT's first, keeps rank 4.
    expect(ranked[0]).toMatch(/^A Rang 1 — Nettoyage des sanitaires/);
    expect(ranked[0]).toContain('G3 F4 · Priorité du GT : Reporté à 2027');
    expect(ranked[3]).toMatch(/Rang 4 — Manutention des cartons d’archives.*Priorité du GT : 1$/);
    expect(ranked[2]).not.toContain('Priorité du GT');
  });

  it('applies the hierarchisation without touching the GT’s priority', async () => {
    const host = new MemoryHost(repairedDu());
    const div = await mount(host);
    await click(tab(div, 'Hiérarchiser'));
    await click(button(div, /Voir ce que la hiérarchisation changera/));
    expect(preview(div)!.textContent).toContain('Nettoyage des sanitaires — A 05 - Personnel d\'entretien "Ménage" : rang 1');
    await click(button(div, /^Appliquer la hiérarchisation$/));
    expect(host.applied.map((p) => p.command)).toEqual(['recompute']);
    const cells = host.applied[0].edits.filter((e) => e.kind === 'value' || e.kind === 'formula').map((e) => ('cell' in e ? e.cell : ''));
    expect(cells.filter((c) => /^N\d+$/.test(c))).toEqual([]);
    expect(valueAt(host.snapshot, HIER, 'N8')).toBe('2');
    expect(valueAt(host.snapshot, HIER, 'N13')).toBe('Reporté à 2027');
    expect(valueAt(host.snapshot, HIER, 'K13')).toBe(1);
    expect(button(card(div)!, /Passer à la vérification/)).toBeDefined();
  });
});

describe('Compiler (loaded on demand)', () => {
  const censusA = () => fileOf('sip-nord.xlsx', freshWorkbook(censusOf('SIP Nord', 'DGI')));
  const censusB = () => fileOf('cdif.xlsx', freshWorkbook(censusOf('CDIF Lille', 'DGI', CENSUS_RISKS.slice(2, 5))));

  it('reads the chosen censuses, says per census what will be added, then compiles into the open DU', async () => {
    const host = new MemoryHost(freshDocumentUnique('DGI'));
    const div = await mount(host);
    expect(button(card(div)!, /Compiler les recensements/)).toBeDefined();
    const panel = await openTab(div, 'Compiler', 'Compiler les recensements');
    await pickFiles(panel, 'Choisir les recensements', [censusA(), censusB()]);
    const lines = [...byLabel(div, 'Recensements choisis')!.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '');
    expect(lines[0]).toMatch(/^sip-nord\.xlsx : 2 risques, 2 à ajouter, 0 déjà présent/);
    expect(lines[1]).toMatch(/^cdif\.xlsx : 3 risques, 3 à ajouter, 0 déjà présent/);
    expect(preview(div)!.textContent).toContain('À modifier : 5 lignes de risque');
    expect(preview(div)!.textContent).toContain('ligne ajoutée');
    expect(host.applied).toEqual([]);

    await click(button(div, /^Compiler dans le document unique$/));
    expect(host.applied.map((p) => p.command)).toEqual(['compile']);
    expect(riskRows(host.snapshot)).toHaveLength(5);
    expect(card(div)!.textContent).toContain('5 risques');

    // The same census again: nothing to add.
    await pickFiles(byLabel(div, 'Compiler les recensements')!, 'Choisir les recensements', [censusA()]);
    expect(byLabel(div, 'Recensements choisis')!.textContent).toContain('sip-nord.xlsx : 2 risques, 0 à ajouter, 2 déjà présents');
  });

  it('is opened by the next action of an empty DU', async () => {
    const div = await mount(new MemoryHost(freshDocumentUnique('DGI')));
    await click(button(card(div)!, /^Compiler les recensements$/));
    await until(() => byLabel(div, 'Compiler les recensements') !== null);
    expect(div.querySelector('[role=tab][aria-selected=true]')?.querySelector('span')?.textContent).toBe('Compiler');
    expect(byLabel(div, 'Compiler les recensements')).not.toBeNull();
  });

  it('forgets the preview when the list of censuses is emptied', async () => {
    const host = new MemoryHost(freshDocumentUnique('DGI'));
    const div = await mount(host);
    const panel = await openTab(div, 'Compiler', 'Compiler les recensements');
    await pickFiles(panel, 'Choisir les recensements', [censusA()]);
    expect(preview(div)).not.toBeNull();
    await click(button(div, /^Vider la liste \(1\)$/));
    expect(preview(div)).toBeNull();
    expect(button(div, /^Compiler dans le document unique$/)).toBeUndefined();
    expect(host.applied).toEqual([]);
  });

  it('refuses a file that is not a census, or not a workbook, in one French sentence', async () => {
    const host = new MemoryHost(freshDocumentUnique('DGI'));
    const div = await mount(host);
    const panel = await openTab(div, 'Compiler', 'Compiler les recensements');
    await pickFiles(panel, 'Choisir les recensements', [fileOf('du-2025.xlsx', freshWorkbook(filledDocumentUnique()))]);
    expect(messageBars(div)).toEqual(['Lecture des recensements : « du-2025.xlsx » n’est pas un outil de recensement.']);
    await pickFiles(panel, 'Choisir les recensements', [fileOf('notes.txt', new TextEncoder().encode('bonjour'))]);
    expect(messageBars(div)).toEqual(['Lecture des recensements : « notes.txt » n’est pas un classeur Excel (.xlsx ou .xlsm).']);
    expect(preview(div)).toBeNull();
    expect(host.applied).toEqual([]);
  });
});

describe('Programme (loaded on demand)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('from a DU, offers a new programme of its A and B risks to download', async () => {
    const downloads: { name: string; bytes: Uint8Array }[] = [];
    jest.spyOn(downloadModule, 'download').mockImplementation((bytes, name) => void downloads.push({ bytes, name }));
    const host = new MemoryHost(readSnapshot(freshWorkbook(filledDocumentUnique())));
    const div = await mount(host);
    const panel = await openTab(div, 'Programme', 'Programme annuel');
    await click(button(panel, /^Créer le programme annuel$/));
    const name = `programme-annuel-${new Date().getFullYear()}.xlsx`;
    expect(preview(div)!.textContent).toMatch(/^À modifier : 4 actions\b/);
    await click(button(div, new RegExp(`^Télécharger « ${name} »$`)));
    expect(downloads.map((d) => d.name)).toEqual([name]);
    const made = readSnapshot(downloads[0].bytes);
    expect(recognise(made).kind).toBe('programme');
    // The GT's priority first (RRCE, "Priorité 1"), then the automatic rank.
    expect(actionRows(made).map((r) => [r.cells.indice, r.cells.situation])).toEqual([
      ['B', 'Déplacements vers les sites distants'],
      ['A', 'Nettoyage des sanitaires'],
      ['A', 'Accueil du public au guichet'],
      ['B', 'Manutention des cartons d’archives'],
    ]);
    // The open DU is not written.
    expect(host.applied).toEqual([]);
  });

  it('with a programme open, adds the chosen DU’s A and B risks into it', async () => {
    const host = new MemoryHost(freshProgramme());
    const div = await mount(host);
    const panel = await openTab(div, 'Programme', 'Programme annuel');
    await pickFiles(panel, 'Choisir le document unique', [fileOf('du.xlsx', freshWorkbook(filledDocumentUnique()))]);
    expect(preview(div)!.textContent).toMatch(/^À modifier : 4 actions\b/);
    await click(button(div, /^Ajouter au programme$/));
    expect(host.applied.map((p) => p.command)).toHaveLength(1);
    expect(actionRows(host.snapshot)).toHaveLength(4);
    expect(card(div)!.textContent).toContain('4 actions');
  });
});

describe('Comparer (loaded on demand)', () => {
  it('says the risks added and the indices raised since the chosen DU', async () => {
    const lastYear = freshWorkbook(filledDocumentUnique());
    // This year: REET (row 11, G1 F4, C) rated G3 (A), and one more risk on row 14.
    let now = readSnapshot(lastYear);
    now = typed(now, HIER, 'H11', 3);
    for (const [cell, v] of [['A14', 'SIP Nord'], ['B14', 'A 16 - Accueil - Accueil téléphonique'], ['D14', '18 - Risques Psycho-Sociaux (RPS)'], ['F14', 'Appels agressifs'], ['H14', 2], ['I14', 2]] as const) {
      now = typed(now, HIER, cell, v);
    }
    const div = await mount(new MemoryHost(now));
    const panel = await openTab(div, 'Comparer', 'Comparer avec le document unique précédent');
    await pickFiles(panel, 'Choisir le document unique précédent', [fileOf('du-2025.xlsx', lastYear)]);
    const result = byLabel(div, 'Résultat de la comparaison')!;
    expect(result.textContent).toContain('Depuis « du-2025.xlsx »');
    expect(result.textContent).toContain('Risques ajoutés (1)');
    expect(result.textContent).toContain('Appels agressifs — SIP Nord — A 16 - Accueil - Accueil téléphonique');
    expect(result.textContent).toContain('Risques retirés (0)');
    expect(result.textContent).toContain('Indices relevés (1)');
    expect(result.textContent).toMatch(/Saisie prolongée : C → A/);
    expect(result.textContent).toContain('Indices abaissés (0)');
  });

  it('refuses a previous file that is not a DU, in French', async () => {
    const div = await mount(new MemoryHost(readSnapshot(freshWorkbook(filledDocumentUnique()))));
    const panel = await openTab(div, 'Comparer', 'Comparer avec le document unique précédent');
    await pickFiles(panel, 'Choisir le document unique précédent', [fileOf('recensement.xlsx', freshWorkbook(censusOf('SIP Nord', 'DGI')))]);
    expect(byLabel(div, 'Résultat de la comparaison')).toBeNull();
    const bars = messageBars(div);
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatch(/^Comparaison : .*n'est pas un document unique/);
  });
});
