/**
 * The built pages in Debian's Chromium: the standalone page opens a workbook and shows what it is,
 * plans a repair, applies it; the task pane outside Excel says where to open it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledCensus } from '../fixtures/generate';

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error('Chromium est requis en CI (apt-get install chromium) : .ci/run doit l’installer.');
const maybe = available ? describe : describe.skip;
const root = path.join(__dirname, '../..');
const shots = path.join(root, 'tests/.out');

maybe('the pages in Chromium', () => {
  let dist: string;
  let server: http.Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-dist-'));
    execFileSync('npx', ['webpack', '--mode', 'development', '--env', `out=${dist}`], { cwd: root, stdio: 'pipe' });
    server = http.createServer((req, res) => {
      const file = path.join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]));
      if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    fs.mkdirSync(shots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('opens a census on the standalone page, shows what it is, previews then applies the repair', async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.goto(`${base}/standalone.html`);
    const file = path.join(os.tmpdir(), 'recensement-casse.xlsx');
    fs.writeFileSync(file, await buildWorkbook(filledCensus()));
    await page.setInputFiles('input[type=file]', file);
    await page.getByText('Outil de recensement des risques').waitFor({ timeout: 30_000 });
    await page.getByText('« Grille de recensement » : grille de recensement').waitFor();
    await page.getByText('65 cellule(s) en #REF!', { exact: false }).waitFor();
    await page.getByRole('tab', { name: 'Réparer' }).click();
    await page.getByRole('button', { name: 'Voir ce qui changera' }).click();
    const apply = page.getByRole('button', { name: /Appliquer les \d+ modifications/ });
    await apply.waitFor();
    await page.screenshot({ path: path.join(shots, 'standalone-plan.png') });
    await apply.click();
    await page.getByText(/modifications appliquées/).waitFor();
    await page.getByRole('button', { name: 'Télécharger le classeur modifié' }).waitFor();
    await page.getByRole('tab', { name: 'Reconnaître' }).click();
    await page.getByText('0 cellule(s) en #REF!', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(shots, 'standalone-applied.png') });
  }, 120_000);

  it('shows the task pane’s message outside Excel', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/taskpane.html`);
    await page.getByText(/Ce volet s’ouvre dans Excel/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(shots, 'taskpane-outside-excel.png') });
  }, 60_000);
});
