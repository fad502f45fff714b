/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane (src/taskpane/App.tsx) over an in-memory host: what a person sees and what reaches the
 * host. The host reads a snapshot and applies plans to it with applyPlanToSnapshot, as the
 * standalone page does over its .xlsx file.
 */
import { act } from 'react';
import { frenchOfficeError } from '../../src/excel/office-errors';
import { RISK_FAMILIES, familyLabel } from '../../src/domain/catalogue/families';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { CENSUS_TABLE, layoutToSnapshot } from '../../src/domain/templates';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../fixtures/generate';
import { sheetOf, workbookOf } from '../helpers/snapshot-builder';
import { ExcelLikeHost, MemoryHost, button, byLabel, card, choose, click, flush, messageBars, mount, preview, tab, tabNames, typeInto, typed, valueAt, wait } from './harness';

const GRID = CENSUS_TABLE.sheet;
const family = (code: string) => RISK_FAMILIES.find((f) => f.code === code)!;

describe('the overview card', () => {
  it('says the kind, the risks, the units and the rows per letter of a census', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    const c = card(div)!;
    expect(c.getAttribute('role')).toBe('status');
    expect(c.textContent).toContain('Outil de recensement des risques');
    expect(c.textContent).toContain('6 risques · 5 unités de travail');
    expect(c.textContent).toMatch(/\d+ cellules en #REF!/);
    expect(byLabel(c, '2 risque(s) A (Intolérable)')?.textContent).toBe('A : 2');
    expect(byLabel(c, '0 risque(s) D (Tolérable)')?.textContent).toBe('D : 0');
    // The next action of a census as distributed: repair first.
    expect(button(c, /^Réparer d’abord$/)).toBeDefined();
  });

  it('says the kind and actions of a programme', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledProgramme())));
    expect(card(div)!.textContent).toContain('Programme annuel de prévention');
    expect(card(div)!.textContent).toContain('2 actions');
  });

  it('opens the journey of the next action', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    await click(button(card(div)!, /Réparer d’abord/));
    expect(div.querySelector('[role=tab][aria-selected=true]')?.querySelector('span')?.textContent).toBe('Réparer');
    expect(byLabel(div, 'Réparer')).not.toBeNull();
  });
});

describe('the journeys shown per kind of workbook', () => {
  it('shows Familles, Vérifier, Réparer on a census', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    expect(tabNames(div)).toEqual(['Familles', 'Vérifier', 'Réparer']);
  });

  it('shows the seven journeys on a document unique', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledDocumentUnique())));
    expect(card(div)!.textContent).toContain('Document unique (hiérarchisation)');
    expect(tabNames(div)).toEqual(['Familles', 'Hiérarchiser', 'Compiler', 'Programme', 'Vérifier', 'Réparer', 'Comparer']);
  });

  it('shows Programme, Vérifier, Réparer on a programme', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledProgramme())));
    expect(tabNames(div)).toEqual(['Programme', 'Vérifier', 'Réparer']);
  });

  it('shows only Vérifier on a workbook it does not recognise, and never says it can be sent', async () => {
    const host = new MemoryHost(workbookOf(sheetOf('Feuil1', { A1: 'Liste des courses', A2: 'Pain' })));
    const div = await mount(host);
    expect(tabNames(div)).toEqual(['Vérifier']);
    expect(card(div)!.textContent).toContain('Classeur non reconnu');
    expect(div.textContent).toContain('Classeur non reconnu');
    const panel = div.querySelector('[role=tabpanel]')!;
    expect(panel.textContent).toContain('Aucune vérification n’est possible.');
    expect(button(panel, /Vérifier/)).toBeUndefined();
    expect(div.textContent).not.toMatch(/peut être envoyé/);
    expect(host.applied).toEqual([]);
  });
});

describe('Réparer: preview, then apply', () => {
  it('shows the plan in words, writes it through host.apply once, then has nothing to do', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce que la réparation changera/));
    const shown = preview(div)!;
    expect(shown.textContent).toContain('À modifier : 6 lignes de risque, 5 champs');
    expect(shown.textContent).toContain('Nom du rédacteur : Mme Martin');
    expect(shown.textContent).toContain('Accueil du public au guichet — A 16 - Accueil - Accueil téléphonique : site SIP Nord, indice A');
    // Formula text only on demand.
    expect(shown.textContent).not.toContain('DUERP_Matrice');
    await click(button(shown, /Afficher les formules/));
    expect(preview(div)!.textContent).toContain('DUERP_Matrice');
    expect(host.applied).toHaveLength(0);

    await click(button(div, /^Appliquer la réparation$/));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].command).toBe('repair');
    expect(host.applied[0].edits).toEqual(planRepair(layoutToSnapshot(filledCensus())).edits);
    expect(valueAt(host.snapshot, GRID, 'B4')).toBe('Mme Martin');
    expect(div.textContent).toContain('C’est fait. Modifié : 6 lignes de risque, 5 champs');
    // The preview made before the write is gone; the overview now asks to recompute.
    expect(preview(div)).toBeNull();
    expect(card(div)!.textContent).not.toContain('#REF!');
    expect(button(card(div)!, /^Recalculer$/)).toBeDefined();

    await click(button(div, /Voir ce que la réparation changera/));
    expect(preview(div)!.textContent).toContain('Rien à modifier : le classeur est à jour.');
    expect(button(div, /^Appliquer la réparation$/)).toBeUndefined();
    expect(host.applied).toHaveLength(1);
  });

  it('never applies a plan made before the workbook changed: it says so and shows the new preview', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce que la réparation changera/));
    expect(preview(div)!.textContent).toContain('Nom du rédacteur : Mme Martin');

    // Someone types another writer's name in the workbook while the preview is open.
    host.snapshot = typed(host.snapshot, 'Informations générales', 'C7', 'M. Dupont');
    await click(button(div, /^Appliquer la réparation$/));
    expect(host.applied).toHaveLength(0);
    expect(div.textContent).toContain('Le classeur a changé depuis l’aperçu : rien n’a été écrit.');
    expect(preview(div)!.textContent).toContain('Nom du rédacteur : M. Dupont');
    expect(preview(div)!.textContent).not.toContain('Mme Martin');

    // The new preview is the plan of now: applying it writes it.
    await click(button(div, /^Appliquer la réparation$/));
    expect(host.applied).toHaveLength(1);
    expect(valueAt(host.snapshot, GRID, 'B4')).toBe('M. Dupont');
  });

  it('in Excel, hides a preview as soon as someone changes the workbook, and applies nothing', async () => {
    const host = new ExcelLikeHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce que la réparation changera/));
    expect(preview(div)).not.toBeNull();
    host.snapshot = typed(host.snapshot, 'Informations générales', 'C7', 'M. Dupont');
    await act(async () => host.changeListener!());
    await wait(450);
    await flush();
    expect(preview(div)).toBeNull();
    expect(button(div, /^Appliquer la réparation$/)).toBeUndefined();
    expect(host.applied).toEqual([]);
  });

  it('recomputes a repaired census from the same tab', async () => {
    const broken = layoutToSnapshot(filledCensus());
    const host = new MemoryHost(applyPlanToSnapshot(broken, planRepair(broken)));
    const div = await mount(host);
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce que le recalcul changera/));
    expect(preview(div)!.textContent).toContain('des listes déroulantes');
    await click(button(div, /^Appliquer le recalcul$/));
    expect(host.applied.map((p) => p.command)).toEqual(['recompute']);
    expect(host.applied[0].edits).toEqual(planRecompute(applyPlanToSnapshot(broken, planRepair(broken))).edits);
    expect(button(card(div)!, /Passer à la vérification/)).toBeDefined();
  });
});

describe('errors', () => {
  it('says in one French sentence, in an error bar, that the workbook cannot be read', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus()), new Error('le classeur est verrouillé')));
    const bars = [...div.querySelectorAll('.fui-MessageBar')];
    expect(bars).toHaveLength(1);
    expect(bars[0].textContent).toBe('Lecture du classeur : le classeur est verrouillé');
    expect(card(div)).toBeUndefined();
    expect(tabNames(div)).toEqual([]);
  });

  it('never shows a programmer’s English message', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus()), new TypeError("Cannot read properties of undefined (reading 'values')")));
    const bar = div.querySelector('.fui-MessageBar')!;
    expect(bar.textContent).toBe('Lecture du classeur : une erreur inattendue est survenue ; relisez le classeur et recommencez.');
    expect(div.textContent).not.toContain('Cannot read');
  });
});

describe('Vérifier', () => {
  const headings = (div: HTMLElement) => [...div.querySelectorAll('h3')].map((h) => h.textContent);
  const findingsText = (div: HTMLElement) => byLabel(div, 'Vérification')!.textContent ?? '';

  it('lists the findings under one heading per sheet', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    await click(tab(div, 'Vérifier'));
    expect(headings(div)).toEqual([]);
    await click(button(div, /^Vérifier le classeur$/));
    const h = headings(div);
    expect(h.length).toBeGreaterThan(0);
    for (const x of h) expect(x).toMatch(/^Feuille « .+ »$/);
    expect(h).toContain(`Feuille « ${GRID} »`);
    expect(new Set(h).size).toBe(h.length);
    expect(findingsText(div)).toMatch(/\d+ erreurs? à corriger avant l’envoi/);
    expect(findingsText(div)).not.toMatch(/peut être envoyé/);
  });

  it('puts a finding about the whole workbook (a sheet missing) under the workbook, not under a sheet', async () => {
    const du = layoutToSnapshot(filledDocumentUnique());
    const div = await mount(new MemoryHost({ ...du, sheets: du.sheets.filter((s) => s.name !== 'AT-MP') }));
    await click(tab(div, 'Vérifier'));
    await click(button(div, /^Vérifier le classeur$/));
    expect(findingsText(div)).toContain('La feuille « AT-MP » est introuvable');
    expect(headings(div)).toContain('Le classeur');
    expect(headings(div)).not.toContain('Feuille « Classeur »');
  });

  it('shows the findings of the workbook as it is after a repair, never the old ones', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await click(tab(div, 'Vérifier'));
    await click(button(div, /^Vérifier le classeur$/));
    expect(findingsText(div)).toContain('#REF!');
    await click(tab(div, 'Réparer'));
    await click(button(div, /Voir ce que la réparation changera/));
    await click(button(div, /^Appliquer la réparation$/));
    await click(tab(div, 'Vérifier'));
    expect(headings(div)).toEqual([]);
    await click(button(div, /^Vérifier le classeur$/));
    expect(findingsText(div)).not.toContain('#REF!');
  });

  it('recomputes the findings shown when someone changes the workbook', async () => {
    const broken = layoutToSnapshot(filledCensus());
    const host = new ExcelLikeHost(applyPlanToSnapshot(broken, planRepair(broken)));
    const div = await mount(host);
    await click(tab(div, 'Vérifier'));
    await click(button(div, /^Vérifier le classeur$/));
    expect(findingsText(div)).not.toMatch(/H9/);
    // G typed as 7 on row 9: the pane reads again after Excel's change event and checks anew.
    host.snapshot = typed(host.snapshot, GRID, 'H9', 7);
    await act(async () => host.changeListener!());
    await wait(450);
    await flush();
    expect(findingsText(div)).toContain('Gravité : la note 7 est hors de l\'échelle de 1 à 4.');
    expect(byLabel(div, `Aller à H9 (${GRID})`)).not.toBeNull();
  });
});

describe('Vérifier — going to a finding', () => {
  // Row 9 of the programme: an A risk treated by EPI only (a warning on H9), due 13/01/2027 (J9 = 46400).
  const programme = () => typed(layoutToSnapshot(filledProgramme()), 'Programme', 'H9', 'Individuelle (EPI)');

  it('on the standalone page, shows the row as it reads, dates as dd/mm/yyyy', async () => {
    const div = await mount(new MemoryHost(programme()));
    await click(tab(div, 'Vérifier'));
    await click(button(div, /^Vérifier le classeur$/));
    expect(byLabel(div, 'Ligne 9 de « Programme »')).toBeNull();
    await click(byLabel(div, 'Aller à H9 (Programme)'));
    const row = byLabel(div, 'Ligne 9 de « Programme »')!;
    expect(row).not.toBeNull();
    const pairs = new Map([...row.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(pairs.get('Mesures de prévention programmées')).toBe('Formation à la gestion des conflits');
    expect(pairs.get('Échéance de mise en œuvre')).toBe('13/01/2027');
    expect(pairs.get("Type d'action")).toBe('Individuelle (EPI)');
  });

  it('in Excel, selects the finding’s cell instead', async () => {
    const host = new ExcelLikeHost(programme());
    const div = await mount(host);
    await click(tab(div, 'Vérifier'));
    await click(button(div, /^Vérifier le classeur$/));
    await click(byLabel(div, 'Aller à H9 (Programme)'));
    expect(host.selected).toEqual([['Programme', 'H9']]);
    expect(byLabel(div, 'Ligne 9 de « Programme »')).toBeNull();
  });
});

describe('Familles', () => {
  const familyButtons = (div: HTMLElement) => [...div.querySelectorAll('button[aria-label^="Famille "]')];
  const search = (div: HTMLElement) => byLabel(div, 'Rechercher une famille de risques') as HTMLInputElement;
  const ficheHeadings = (div: HTMLElement) => [...div.querySelectorAll('article h3')].map((h) => h.textContent);

  it('lists the 26 families, filters them as one types, and shows a chosen family’s fiche', async () => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledCensus())));
    expect(familyButtons(div)).toHaveLength(26);
    await typeInto(search(div), 'légionnelle');
    expect(familyButtons(div).map((b) => b.getAttribute('aria-label'))).toEqual([`Famille ${familyLabel(family('04'))}`]);
    await typeInto(search(div), 'zzz');
    expect(familyButtons(div)).toHaveLength(0);
    expect(div.textContent).toContain('Aucune famille ne contient « zzz ».');
    await typeInto(search(div), 'racp');
    const warnings = jest.spyOn(console, 'error');
    await click(familyButtons(div)[0]);
    // The chosen family is marked, its classes merged as Griffel wants (no warning).
    expect(familyButtons(div)[0].getAttribute('aria-pressed')).toBe('true');
    expect(warnings.mock.calls.filter((c) => String(c[0]).includes('mergeClasses'))).toEqual([]);
    warnings.mockRestore();
    const fiche = byLabel(div, 'Fiche 01 - RACP')!;
    expect(fiche).not.toBeNull();
    expect(ficheHeadings(div)).toEqual(['Définition', 'Dangers', 'Dommages', 'Facteurs', 'Moyens de prévention', 'Pistes d’investigation']);
    expect(fiche.textContent).toContain(family('01').dangers[0]);
    // No row chosen: the fiche reads without any write button.
    expect(button(div, /^Écrire /)).toBeUndefined();
    expect(div.querySelector('button[aria-label^="Ajouter"]')).toBeNull();
  });

  it('in Excel, follows the selected row: its family’s fiche, and a button that writes the chosen family into it', async () => {
    const host = new ExcelLikeHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    expect(host.selectionListener).not.toBeNull();
    expect(div.textContent).toContain('Sélectionnez une cellule d’une ligne de risque de la feuille « Grille de recensement ».');
    await act(async () => host.selectionListener!({ sheet: GRID, address: 'F12' }));
    await flush();
    // Row 12 holds family 12 (REET): its fiche is shown, and there is nothing to write.
    expect(byLabel(div, 'Fiche 12 - REET')).not.toBeNull();
    expect(div.textContent).toContain('Ligne 12 : Saisie prolongée');
    const already = button(div, /^Ligne 12 : déjà REET$/) as HTMLButtonElement;
    expect(already.disabled).toBe(true);

    await click(div.querySelector(`button[aria-label="Famille ${familyLabel(family('03'))}"]`));
    expect(byLabel(div, 'Fiche 03 - RAMP')).not.toBeNull();
    await click(button(div, /^Écrire 03 - RAMP dans la ligne 12$/));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].edits).toEqual([expect.objectContaining({ kind: 'value', sheet: GRID, cell: 'D12', after: familyLabel(family('03')) })]);
    expect(valueAt(host.snapshot, GRID, 'D12')).toBe(familyLabel(family('03')));
    expect(div.textContent).toContain('Ligne 12 : famille 03 - RAMP écrite.');
    expect((button(div, /^Ligne 12 : déjà RAMP$/) as HTMLButtonElement).disabled).toBe(true);

    // Another cell selected outside the grid: no row, no write button.
    await act(async () => host.selectionListener!({ sheet: 'Informations générales', address: 'C5' }));
    await flush();
    expect(button(div, /^Écrire /)).toBeUndefined();
  });

  it('in Excel, on a DU, asks for a cell of the hierarchisation table and follows it there', async () => {
    const host = new ExcelLikeHost(layoutToSnapshot(filledDocumentUnique()));
    const div = await mount(host);
    expect(div.textContent).toContain('Sélectionnez une cellule d’une ligne de risque de la feuille « Hiérarchisation ».');
    await act(async () => host.selectionListener!({ sheet: 'Hiérarchisation', address: 'L13' }));
    await flush();
    expect(byLabel(div, 'Fiche 05 - RCHI')).not.toBeNull();
    // On a DU the prevention means go to the GT's column (L).
    const means = family('05').prevention.collectifs[0];
    await click(byLabel(div, `Ajouter aux moyens de prévention de la ligne : ${means}`));
    expect(valueAt(host.snapshot, 'Hiérarchisation', 'L13')).toBe(`Produits moins nocifs ; ${means}`);
  });

  it('on the standalone page, appends a danger of the fiche to the chosen row after what was typed', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await choose(div.querySelector('select#ligne-a-completer') as HTMLSelectElement, `${GRID}!11`);
    // Row 11 holds family 01 (RACP): its fiche, with an add button by each danger.
    expect(byLabel(div, 'Fiche 01 - RACP')).not.toBeNull();
    const danger = family('01').dangers.find((d) => !/port de charges/i.test(d))!;
    await click(byLabel(div, `Ajouter au danger de la ligne : ${danger}`));
    expect(host.applied).toHaveLength(1);
    expect(valueAt(host.snapshot, GRID, 'E11')).toBe(`Port de charges ; ${danger}`);
    // The same danger again: nothing written, and the pane says why.
    await click(byLabel(div, `Ajouter au danger de la ligne : ${danger}`));
    expect(host.applied).toHaveLength(1);
    expect(div.textContent).toContain('Rien à écrire : la ligne 11 contient déjà ce danger.');
  });
});

describe('Familles — the chosen row', () => {
  const rowSelect = (div: HTMLElement) => div.querySelector('select#ligne-a-completer') as HTMLSelectElement;

  it('offers the units of the workbook’s direction, filtered as one types, and writes the one chosen into the row', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    expect(byLabel(div, 'Filtrer les unités de travail')).toBeNull();
    await choose(rowSelect(div), `${GRID}!12`);
    expect(div.textContent).toContain('Unités de travail (DGI)');
    await typeInto(byLabel(div, 'Filtrer les unités de travail') as HTMLInputElement, 'a 16 accueil');
    const units = [...div.querySelectorAll('button[aria-label^="Écrire l’unité"]')];
    expect(units.map((b) => b.getAttribute('aria-label'))).toEqual(['Écrire l’unité A 16 - Accueil - Accueil téléphonique dans la ligne 12']);
    await click(units[0]);
    expect(host.applied).toHaveLength(1);
    expect(valueAt(host.snapshot, GRID, 'B12')).toBe('A 16 - Accueil - Accueil téléphonique');
    expect(div.textContent).toContain('Ligne 12 : unité A 16 écrite.');
  });

  it('appends a prevention means of the fiche to the wished means of a census row', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await choose(rowSelect(div), `${GRID}!11`); // RACP, wished means "Transpalette électrique"
    const means = family('01').prevention.collectifs[0];
    await click(byLabel(div, `Ajouter aux moyens de prévention de la ligne : ${means}`));
    expect(valueAt(host.snapshot, GRID, 'K11')).toBe(`Transpalette électrique ; ${means}`);
    expect(div.textContent).toContain('Ligne 11 : moyen de prévention ajouté.');
  });

  it('rates the row with G and F chosen on the guide’s scales', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    const div = await mount(host);
    await choose(rowSelect(div), `${GRID}!12`); // G1 F4 (C)
    const rating = byLabel(div, 'Cotation de la ligne 12')!;
    expect(button(rating, /^Écrire G/)).toBeUndefined();
    const [g] = [...rating.querySelectorAll('select')] as HTMLSelectElement[];
    await choose(g, '3');
    expect(rating.textContent).toContain('Indice A');
    await click(button(rating, /^Écrire G3 F4 dans la ligne 12$/));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].edits).toEqual([expect.objectContaining({ cell: 'H12', after: 3 })]);
    expect(valueAt(host.snapshot, GRID, 'H12')).toBe(3);
    // The overview follows: one more A, one C less.
    expect(byLabel(card(div)!, '3 risque(s) A (Intolérable)')).not.toBeNull();
    expect(byLabel(card(div)!, '1 risque(s) C (Modéré)')).not.toBeNull();
  });

  it('says in French why a write was refused, and writes nothing', async () => {
    const host = new MemoryHost(layoutToSnapshot(filledCensus()));
    host.apply = async () => {
      throw Object.assign(new Error('AccessDenied'), { code: 'AccessDenied' });
    };
    const div = await mount(host);
    await choose(rowSelect(div), `${GRID}!12`);
    await click(div.querySelector(`button[aria-label="Famille ${familyLabel(family('03'))}"]`));
    await click(button(div, /^Écrire 03 - RAMP dans la ligne 12$/));
    // Office's own sentence for AccessDenied, which says what to do (src/excel/office-errors.ts).
    expect(messageBars(div)).toEqual([`Écriture dans la ligne : ${frenchOfficeError({ code: 'AccessDenied' })}`]);
    expect(messageBars(div)[0]).toMatch(/Ôter la protection/);
    expect(valueAt(host.snapshot, GRID, 'D12')).toBe('12 - Risques liés aux Ecrans & Equipements de Travail (REET)');
    // The pane is usable again: not left busy.
    expect((button(div, /^Écrire 03 - RAMP dans la ligne 12$/) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('journeys loaded on demand', () => {
  it.each([
    ['Compiler', 'Compiler les recensements', /Choisir les recensements/],
    ['Programme', 'Programme annuel', /.+/],
    ['Comparer', 'Comparer avec le document unique précédent', /Choisir le document unique précédent/],
  ])('loads %s when its tab is opened', async (name, section, control) => {
    const div = await mount(new MemoryHost(layoutToSnapshot(filledDocumentUnique())));
    expect(byLabel(div, section)).toBeNull();
    await click(tab(div, name));
    for (let i = 0; i < 20 && !byLabel(div, section); i++) await wait(20);
    const panel = byLabel(div, section)!;
    expect(panel).not.toBeNull();
    expect(button(panel, control)).toBeDefined();
    expect(div.textContent).not.toContain('Chargement…');
  });
});
