/**
 * The standalone page in Chromium at 350 × 900, every journey on generated workbooks, found by
 * role and name as CONTRACT.md says. Screenshots go to tests/.out.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { recognise } from '../../src/domain/workbook/recognise';
import { columnNumber } from '../../src/domain/workbook/address';
import { filledCensus, filledDocumentUnique } from '../fixtures/generate';
import { censusOf } from '../fixtures/gt-decisions';
import { residualDocumentUnique } from '../fixtures/residual';
import { assertNoSidewaysScroll, chromiumAvailable, panePage, serve, shot, type Served } from './harness';

const maybe = chromiumAvailable ? describe : describe.skip;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-pages-'));

async function fixtureFile(name: string, layout: Parameters<typeof buildWorkbook>[0]): Promise<string> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await buildWorkbook(layout));
  return file;
}

maybe('the standalone page at 350 px', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve();
  }, 300_000);
  afterAll(async () => served?.close());

  async function open(file: string): Promise<Page> {
    const page = await panePage(served);
    await page.goto(`${served.base}/standalone.html`);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    await page.setInputFiles('input[type=file]', file);
    await page.getByRole('status', { name: 'Le classeur ouvert' }).or(page.getByText('Classeur non reconnu')).first().waitFor({ timeout: 30_000 });
    return page;
  }

  it('opens a broken census: says what it holds, offers the repair first, previews it in words, applies it', async () => {
    const page = await open(await fixtureFile('recensement-casse.xlsx', filledCensus({ broken: true })));
    const card = page.getByRole('status', { name: 'Le classeur ouvert' });
    await expect(card.textContent()).resolves.toMatch(/Outil de recensement/);
    await expect(card.textContent()).resolves.toMatch(/6 risques/);
    await expect(card.textContent()).resolves.toMatch(/cellules en #REF!/);
    // Tabs of a census: Familles, Vérifier, Réparer; not the DU's.
    await page.getByRole('tab', { name: 'Familles' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Hiérarchiser' }).count()).toBe(0);
    await shot(page, '01-standalone-ouverture');
    await assertNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Réparer d’abord' }).click();
    await page.getByRole('button', { name: 'Voir ce que la réparation changera' }).click();
    const preview = page.getByRole('region', { name: 'Aperçu des modifications' });
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toMatch(/À modifier : .*ligne/);
    // In words: no raw formula unless asked.
    expect(text).not.toMatch(/IFERROR|INDEX\(/);
    await shot(page, '02-standalone-reparer-apercu');
    await assertNoSidewaysScroll(page);
    await page.getByRole('button', { name: 'Afficher les formules' }).click();
    expect((await preview.textContent()) ?? '').toMatch(/=/);
    await page.getByRole('button', { name: 'Appliquer la réparation' }).click();
    await page.getByText(/C’est fait/).waitFor();
    await page.getByRole('button', { name: 'Télécharger le classeur modifié' }).waitFor();
    // The overview follows: no broken cell left in the card.
    expect((await card.textContent()) ?? '').not.toMatch(/#REF!/);
    // The preview is gone: a plan made before the write cannot be applied again.
    expect(await page.getByRole('button', { name: 'Appliquer la réparation' }).count()).toBe(0);
    await shot(page, '03-standalone-reparer-fait');
  }, 120_000);

  it('Familles: searches the 26 families, shows a fiche with its parts, writes a family and appends a danger to a chosen row', async () => {
    const page = await open(await fixtureFile('recensement.xlsx', filledCensus({ broken: false })));
    await page.getByRole('tab', { name: /Familles/ }).click();
    const search = page.getByRole('searchbox', { name: /Rechercher/ });
    await search.fill('chimique');
    await page.getByRole('button', { name: /Famille 05 - Risques Chimiques/ }).click();
    for (const part of ['Dangers', 'Dommages', 'Facteurs', 'Moyens de prévention', 'Pistes']) {
      await page.getByRole('heading', { name: new RegExp(part) }).first().waitFor();
    }
    await shot(page, '04-standalone-familles-fiche');
    await assertNoSidewaysScroll(page);

    // The first free row of the grid: write family 05 there, then append a danger.
    const chooser = page.getByLabel('Ligne à compléter');
    const options = await chooser.locator('option').allTextContents();
    const free = options.find((o) => /\(vide\)/.test(o))!;
    await chooser.selectOption({ label: free });
    await page.getByRole('button', { name: /Écrire 05 - RCHI dans la ligne \d+/ }).click();
    await page.getByText(/famille 05 - RCHI écrite/).waitFor();
    const add = page.getByRole('button', { name: /^Ajouter au danger de la ligne/ }).first();
    await add.click();
    await page.getByText(/danger ajouté/).waitFor();
    // The guide's scales beside the G and F choices, then the rating written.
    const rating = page.getByRole('region', { name: /Cotation de la ligne/ });
    await rating.getByLabel('Gravité (G)').selectOption('3');
    await rating.getByLabel('Fréquence (F)').selectOption('2');
    await rating.getByText(/G3 : .*Lésion grave/).waitFor();
    await rating.getByText(/Indice B/).waitFor();
    await rating.getByRole('button', { name: /Écrire G3 F2 dans la ligne/ }).click();
    await page.getByText(/G3 F2 écrites/).waitFor();
    await shot(page, '05-standalone-familles-ecrit');
    await assertNoSidewaysScroll(page);
    // Check what the workbook now holds, through the download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur modifié' }).click()]);
    const saved = path.join(tmp, 'familles.xlsx');
    await download.saveAs(saved);
    const snapshot = readSnapshot(new Uint8Array(fs.readFileSync(saved)));
    const table = recognise(snapshot).tables.find((t) => t.table === 'risques')!;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet)!;
    const row = Number(/ligne (\d+)/i.exec(free)![1]);
    const famCol = columnNumber(table.columns.famille);
    const dangerCol = columnNumber(table.columns.danger);
    expect(sheet.values[row - 1][famCol - 1]).toBe('05 - Risques Chimiques (RCHI)');
    expect(String(sheet.values[row - 1][dangerCol - 1])).toMatch(/\S/);
    expect(sheet.values[row - 1][columnNumber(table.columns.gravite) - 1]).toBe(3);
    expect(sheet.values[row - 1][columnNumber(table.columns.frequence) - 1]).toBe(2);
  }, 120_000);

  it('copies a risk to another unit of the direction, and says so instead of adding it twice', async () => {
    const page = await open(await fixtureFile('recensement-copie.xlsx', filledCensus({ broken: false })));
    await page.getByRole('tab', { name: /Familles/ }).click();
    await page.getByRole('button', { name: 'Copier des risques vers d’autres unités…' }).click();
    const copy = async () => {
      await page.getByRole('group', { name: 'Risques à copier' }).getByRole('checkbox').first().check();
      await page.getByRole('searchbox', { name: 'Filtrer les unités de destination' }).fill('A 17');
      await page.getByRole('group', { name: 'Unités de destination' }).getByRole('checkbox').first().check();
      await page.getByRole('radio', { name: /Cotations copiées/ }).check();
      await page.getByRole('button', { name: 'Voir ce que la copie ajoutera' }).click();
    };
    await copy();
    await page.getByRole('button', { name: 'Ajouter 1 ligne' }).waitFor();
    expect((await page.getByRole('region', { name: 'Aperçu des modifications' }).textContent()) ?? '').toMatch(/A 17.*ligne ajoutée/);
    await shot(page, '17-standalone-copie-unites');
    await assertNoSidewaysScroll(page);
    await page.getByRole('button', { name: 'Ajouter 1 ligne' }).click();
    await page.getByText(/C’est fait/).waitFor();
    expect((await page.getByRole('status', { name: 'Le classeur ouvert' }).textContent()) ?? '').toMatch(/7 risques/);
    // The same copy again: nothing added, and the pane says why.
    await copy();
    await page.getByRole('list', { name: 'Déjà présents' }).getByText(/existe déjà pour l’unité A 17/).waitFor();
    expect(await page.getByRole('button', { name: /^Ajouter \d+ ligne/ }).count()).toBe(0);
  }, 120_000);

  it('Vérifier: findings grouped by sheet, each showing its row; a workbook of another kind gets no verdict', async () => {
    const page = await open(await fixtureFile('recensement-verif.xlsx', filledCensus({ broken: true })));
    await page.getByRole('tab', { name: /Vérifier/ }).click();
    await page.getByRole('button', { name: /Vérifier/ }).last().click();
    await page.getByText(/erreurs? à corriger/).waitFor();
    await page.getByRole('heading', { name: /Feuille « Grille de recensement »/ }).waitFor();
    const link = page.getByRole('button', { name: /Aller à/ }).first();
    await link.click();
    await page.getByRole('region', { name: /Ligne \d+ de/ }).waitFor();
    await shot(page, '06-standalone-verifier');
    await assertNoSidewaysScroll(page);

    // After a repair, the findings are recomputed from the new read (never stale).
    const before = await page.getByRole('button', { name: /Aller à/ }).count();
    await page.getByRole('tab', { name: 'Réparer' }).click();
    await page.getByRole('button', { name: 'Voir ce que la réparation changera' }).click();
    await page.getByRole('button', { name: 'Appliquer la réparation' }).click();
    await page.getByText(/C’est fait/).waitFor();
    await page.getByRole('tab', { name: /Vérifier/ }).click();
    await page.getByRole('button', { name: /Vérifier/ }).last().click();
    await page.waitForTimeout(300);
    expect(await page.getByRole('button', { name: /Aller à/ }).count()).toBeLessThan(before);

    const other = path.join(tmp, 'autre.xlsx');
    fs.writeFileSync(other, await buildWorkbook({ sheets: [{ name: 'Budget', cells: new Map([['A1', { value: 'Dépenses' }]]), merges: [], widths: {} }] }));
    const unknown = await open(other);
    await unknown.getByRole('tab', { name: /Vérifier/ }).click();
    await unknown.getByText(/Classeur non reconnu/).first().waitFor();
    expect((await unknown.textContent('body')) ?? '').not.toMatch(/peut être envoyé/);
    await shot(unknown, '07-standalone-non-reconnu');
  }, 120_000);

  it('Vérifier offers the version to archive: its name, its SHA-256 in the register line, the register numbered on', async () => {
    const page = await open(await fixtureFile('du-archive.xlsx', filledDocumentUnique({ broken: false })));
    await page.getByRole('tab', { name: /Vérifier/ }).click();
    const archive = page.getByRole('region', { name: 'Archiver cette version' });
    await archive.getByRole('button', { name: 'Préparer la version à archiver' }).click();
    const fileButton = archive.getByRole('button', { name: /Télécharger « document-unique-\d{4}-v1\.xlsx »/ });
    await fileButton.waitFor();
    const line = (await archive.getByLabel('Ligne du registre').textContent()) ?? '';
    const [fileDl] = await Promise.all([page.waitForEvent('download'), fileButton.click()]);
    const archived = path.join(tmp, fileDl.suggestedFilename());
    await fileDl.saveAs(archived);
    const hash = createHash('sha256').update(fs.readFileSync(archived)).digest('hex');
    expect(line).toContain(hash);
    const [regDl] = await Promise.all([page.waitForEvent('download'), archive.getByRole('button', { name: 'Télécharger un nouveau registre' }).click()]);
    const registre = path.join(tmp, 'registre.csv');
    await regDl.saveAs(registre);
    const text = fs.readFileSync(registre, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/version;date;fichier;type/);
    await shot(page, '22-standalone-archiver');
    await assertNoSidewaysScroll(page);
    // With the register chosen, the next version is v2.
    await archive.getByLabel('Choisir le registre (registre.csv)').setInputFiles(registre);
    await archive.getByRole('button', { name: 'Préparer la version à archiver' }).click();
    await archive.getByRole('button', { name: /Télécharger « document-unique-\d{4}-v2\.xlsx »/ }).waitFor();
    await archive.getByRole('button', { name: 'Télécharger le registre complété' }).waitFor();
  }, 120_000);

  it('Hiérarchiser: adds the residual columns with a preview; with residual ratings, the grid before and after the planned measures', async () => {
    const page = await open(await fixtureFile('du-sans-residuel.xlsx', filledDocumentUnique({ broken: false })));
    await page.getByRole('tab', { name: 'Hiérarchiser' }).click();
    await page.getByRole('button', { name: 'Ajouter les colonnes du risque résiduel' }).click();
    await page.getByRole('button', { name: 'Ajouter les colonnes', exact: true }).click();
    await page.getByText(/C’est fait/).waitFor();
    await page.getByRole('img', { name: /Grille après les mesures prévues/ }).waitFor();

    const rated = await open(await fixtureFile('du-residuel.xlsx', residualDocumentUnique()));
    await rated.getByRole('tab', { name: 'Hiérarchiser' }).click();
    const after = rated.getByRole('img', { name: /Grille après les mesures prévues/ });
    await after.waitFor();
    expect(Number(/(\d+) risques cotés/.exec((await after.getAttribute('aria-label')) ?? '')![1])).toBeGreaterThan(0);
    await rated.getByRole('region', { name: 'Risque résiduel' }).scrollIntoViewIfNeeded();
    await shot(rated, '23-standalone-residuel-avant-apres');
    await assertNoSidewaysScroll(rated);
  }, 120_000);

  it('a DU: Hiérarchiser draws the grid and the first risks; Compiler adds two censuses; Programme makes a new one; Comparer lists changes', async () => {
    const page = await open(await fixtureFile('du.xlsx', filledDocumentUnique({ broken: false })));
    for (const name of ['Familles', 'Hiérarchiser', 'Compiler', 'Programme', 'Vérifier', 'Réparer', 'Comparer']) await page.getByRole('tab', { name }).waitFor();
    await assertNoSidewaysScroll(page);

    await page.getByRole('tab', { name: 'Hiérarchiser' }).click();
    await page.getByRole('img', { name: /Grille gravité × fréquence/ }).waitFor();
    await page.getByRole('list', { name: 'Premiers risques au rang' }).waitFor();
    await page.getByRole('button', { name: 'Voir ce que la hiérarchisation changera' }).click();
    await page.getByRole('region', { name: 'Aperçu des modifications' }).waitFor();
    await shot(page, '08-standalone-hierarchiser');
    await assertNoSidewaysScroll(page);

    await page.getByRole('tab', { name: 'Compiler' }).click();
    const a = await fixtureFile('recensement-a.xlsx', censusOf('Site A', 'DGFiP'));
    const b = await fixtureFile('recensement-b.xlsx', censusOf('Site B', 'DGFiP'));
    await page.getByLabel('Choisir les recensements').setInputFiles([a, b]);
    const chosen = page.getByRole('list', { name: 'Recensements choisis' });
    await chosen.waitFor();
    expect((await chosen.textContent()) ?? '').toMatch(/recensement-a\.xlsx.*à ajouter/);
    await shot(page, '09-standalone-compiler');
    await assertNoSidewaysScroll(page);
    const risksBefore = (await page.getByRole('status', { name: 'Le classeur ouvert' }).textContent()) ?? '';
    await page.getByRole('button', { name: 'Compiler dans le document unique' }).click();
    await page.getByText(/C’est fait/).waitFor();
    const risksAfter = (await page.getByRole('status', { name: 'Le classeur ouvert' }).textContent()) ?? '';
    expect(Number(/(\d+) risques/.exec(risksAfter)![1])).toBeGreaterThan(Number(/(\d+) risques/.exec(risksBefore)![1]));

    await page.getByRole('tab', { name: 'Programme' }).click();
    await page.getByRole('button', { name: 'Créer le programme annuel' }).click();
    const get = page.getByRole('button', { name: /Télécharger « programme-annuel/ });
    await get.waitFor({ timeout: 30_000 });
    await shot(page, '10-standalone-programme');
    await assertNoSidewaysScroll(page);
    const [download] = await Promise.all([page.waitForEvent('download'), get.click()]);
    const saved = path.join(tmp, 'programme.xlsx');
    await download.saveAs(saved);
    const programme = readSnapshot(new Uint8Array(fs.readFileSync(saved)));
    expect(recognise(programme).kind).toBe('programme');

    await page.getByRole('tab', { name: 'Comparer' }).click();
    await page.getByLabel('Choisir le document unique précédent').setInputFiles(await fixtureFile('du-2025.xlsx', filledDocumentUnique({ broken: false })));
    await page.getByRole('heading', { name: /Risques ajoutés \(\d+\)/ }).waitFor();
    await shot(page, '11-standalone-comparer');
    await assertNoSidewaysScroll(page);
  }, 180_000);
});
