/**
 * The task pane page in Chromium at 350 × 900, with a fake Office.js over the strict fake Excel
 * context: the pane follows the selected risk row, writes a family into it, selects a finding's
 * cell, and reads again when someone types in the workbook. Outside Excel, and without Office.js,
 * it says so in French.
 */
import type { Page } from 'playwright-core';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { recognise } from '../../src/domain/workbook/recognise';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { filledCensus, filledDocumentUnique } from '../fixtures/generate';
import { censusOf } from '../fixtures/gt-decisions';
import { assertNoSidewaysScroll, chromiumAvailable, panePage, serve, shot, type Served } from './harness';

const maybe = chromiumAvailable ? describe : describe.skip;

maybe('the task pane at 350 px', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve();
  }, 300_000);
  afterAll(async () => served?.close());

  async function openInFakeExcel(layout = filledCensus({ broken: false })): Promise<{ page: Page; sheet: string; firstRow: number; famille: string }> {
    const snapshot = readSnapshot(await buildWorkbook(layout));
    const table = recognise(snapshot).tables.find((t) => t.table === 'risques')!;
    const page = await panePage(served, 'fake');
    await page.addInitScript((s) => ((window as unknown as { __DUERP_SNAPSHOT__: unknown }).__DUERP_SNAPSHOT__ = s), snapshot);
    await page.goto(`${served.base}/taskpane.html`);
    await page.getByRole('status', { name: 'Le classeur ouvert' }).waitFor({ timeout: 30_000 });
    return { page, sheet: table.sheet, firstRow: table.firstRow, famille: table.columns.famille };
  }

  it('follows the selected risk row and writes a family into it', async () => {
    const { page, sheet, firstRow, famille } = await openInFakeExcel();
    await page.getByRole('tab', { name: /Familles/ }).click();
    await page.getByText('Ligne sélectionnée dans Excel').waitFor();
    // The first risk row holds family 18 (RPS): selecting it shows that fiche.
    await page.evaluate(([s, a]) => (window as never as { __duerp: { select(s: string, a: string): Promise<void> } }).__duerp.select(s, a), [sheet, `E${firstRow}`]);
    await page.getByRole('article', { name: /Fiche 18 - RPS/ }).waitFor();
    await shot(page, '12-excel-familles-ligne-suivie');
    await assertNoSidewaysScroll(page);

    // The row after the six risks is empty: choose family 01 and write it there.
    const free = firstRow + 6;
    await page.evaluate(([s, a]) => (window as never as { __duerp: { select(s: string, a: string): Promise<void> } }).__duerp.select(s, a), [sheet, `C${free}`]);
    await page.getByText(new RegExp(`Ligne ${free} \\(vide\\)`)).waitFor();
    await page.getByRole('searchbox', { name: /Rechercher/ }).fill('RACP');
    await page.getByRole('button', { name: /Famille 01 - Risques liés à l'Activité Physique/ }).click();
    await page.getByRole('button', { name: `Écrire 01 - RACP dans la ligne ${free}` }).click();
    await page.getByText(/famille 01 - RACP écrite/).waitFor();
    const cells = await page.evaluate(() => (window as never as { __duerp: { dump(): Record<string, Record<string, unknown>> } }).__duerp.dump());
    expect(cells[sheet][`${famille}${free}`]).toBe("01 - Risques liés à l'Activité Physique (RACP)");
    // Appended, never replacing: the row's danger cell gets the fiche's danger.
    await page.getByRole('button', { name: /^Ajouter au danger de la ligne/ }).first().click();
    await page.getByText(/danger ajouté/).waitFor();
    await shot(page, '13-excel-familles-ecrit');
  }, 120_000);

  it('Vérifier selects a finding’s cell in Excel, and the pane reads again when someone types', async () => {
    const { page, sheet, firstRow } = await openInFakeExcel();
    await page.getByRole('tab', { name: /Vérifier/ }).click();
    await page.getByRole('button', { name: /Vérifier/ }).last().click();
    await page.getByText(/Aucune erreur|erreurs? à corriger/).first().waitFor();
    const go = page.getByRole('button', { name: /Aller à/ }).first();
    if ((await go.count()) > 0) {
      await go.click();
      await page.waitForTimeout(200);
      const selected = await page.evaluate(() => (window as never as { __duerp: { selected(): string[] } }).__duerp.selected());
      expect(selected.length).toBe(1);
    }
    await shot(page, '14-excel-verifier');
    const card = page.getByRole('status', { name: 'Le classeur ouvert' });
    const before = (await card.textContent()) ?? '';
    // Someone types a new risk in Excel: the overview follows without a click.
    await page.evaluate(
      ([s, a]) => (window as never as { __duerp: { type(s: string, c: string, v: unknown): Promise<void> } }).__duerp.type(s, a, 'Risque ajouté à la main'),
      [sheet, `F${firstRow + 6}`],
    );
    await page.waitForFunction((b) => (document.querySelector('[aria-label="Le classeur ouvert"]')?.textContent ?? '') !== b, before, { timeout: 10_000 });
    expect((await card.textContent()) ?? '').toMatch(/7 risques/);
  }, 120_000);

  it('a DU in Excel: Réparer, Hiérarchiser, Compiler, Programme and Comparer write through the Excel host', async () => {
    const { page, sheet } = await openInFakeExcel(filledDocumentUnique({ broken: true }));
    const dump = () => page.evaluate(() => (window as never as { __duerp: { dump(): Record<string, Record<string, unknown>> } }).__duerp.dump());
    await page.getByRole('button', { name: 'Réparer d’abord' }).click();
    await page.getByRole('button', { name: 'Voir ce que la réparation changera' }).click();
    await page.getByRole('button', { name: 'Appliquer la réparation' }).click();
    await page.getByText(/C’est fait/).waitFor();
    expect(JSON.stringify(await dump())).not.toMatch(/#REF!/);
    await shot(page, '18-excel-reparer');

    await page.getByRole('tab', { name: 'Hiérarchiser' }).click();
    await page.getByRole('button', { name: 'Voir ce que la hiérarchisation changera' }).click();
    await page.getByRole('button', { name: 'Appliquer la hiérarchisation' }).click();
    await page.getByText(/C’est fait/).waitFor();
    const cells = (await dump())[sheet];
    expect(Object.values(cells).some((v) => typeof v === 'string' && v.includes('DUERP_Matrice'))).toBe(true);
    await page.getByRole('img', { name: /Grille gravité × fréquence/ }).waitFor();
    await shot(page, '19-excel-hierarchiser');
    await assertNoSidewaysScroll(page);

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-pane-'));
    const census = path.join(tmp, 'recensement-site-c.xlsx');
    fs.writeFileSync(census, await buildWorkbook(censusOf('Site C', 'DGI')));
    await page.getByRole('tab', { name: 'Compiler' }).click();
    await page.getByLabel('Choisir les recensements').setInputFiles([census]);
    await page.getByRole('button', { name: 'Compiler dans le document unique' }).click();
    await page.getByText(/C’est fait/).waitFor();
    expect(JSON.stringify((await dump())[sheet])).toContain('Site C');
    await shot(page, '20-excel-compiler');

    await page.getByRole('tab', { name: 'Programme' }).click();
    await page.getByRole('button', { name: 'Créer le programme annuel' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Télécharger « programme-annuel/ }).click()]);
    const saved = path.join(tmp, 'programme.xlsx');
    await download.saveAs(saved);
    expect(recognise(readSnapshot(new Uint8Array(fs.readFileSync(saved)))).kind).toBe('programme');

    const older = path.join(tmp, 'du-precedent.xlsx');
    fs.writeFileSync(older, await buildWorkbook(filledDocumentUnique({ broken: false })));
    await page.getByRole('tab', { name: 'Comparer' }).click();
    await page.getByLabel('Choisir le document unique précédent').setInputFiles(older);
    await page.getByRole('heading', { name: /Risques ajoutés \(\d+\)/ }).waitFor();
    await shot(page, '21-excel-comparer');
    await assertNoSidewaysScroll(page);
  }, 180_000);

  it('outside Excel, and without Office.js, says so in French', async () => {
    const outside = await panePage(served, 'real');
    await outside.goto(`${served.base}/taskpane.html`);
    await outside.getByText(/Ce volet s’ouvre dans Excel/).waitFor({ timeout: 30_000 });
    await shot(outside, '15-volet-hors-excel');
    const offline = await panePage(served, 'none');
    await offline.goto(`${served.base}/taskpane.html`);
    await offline.getByText(/Office\.js n’a pas pu être chargé/).waitFor({ timeout: 30_000 });
    await shot(offline, '16-volet-sans-office');
    // A webview too old for the pane (no Object.fromEntries): a French sentence, not a blank pane.
    const old = await panePage(served, 'fake');
    await old.addInitScript(() => delete (Object as unknown as { fromEntries?: unknown }).fromEntries);
    await old.goto(`${served.base}/taskpane.html`);
    await old.getByText(/trop ancienne pour l’assistant/).waitFor({ timeout: 30_000 });
  }, 120_000);
});
