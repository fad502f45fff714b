/**
 * The bad-input corpus (tests/fixtures/bad-inputs.ts) through the standalone page, as through the
 * command line: what the command line refuses, the page refuses in the same French sentence (and
 * opens nothing); what it takes, the page opens as the same kind. And the page works from disk,
 * offline: opened as file://, it reads a workbook and loads a journey's code with no request
 * leaving the disk.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BAD_INPUTS } from '../fixtures/bad-inputs';
import { filledDocumentUnique } from '../fixtures/generate';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { KIND_LABELS } from '../../src/taskpane/labels';
import { chromiumAvailable, panePage, serve, type Served } from './harness';

const maybe = chromiumAvailable ? describe : describe.skip;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bad-'));

maybe('the bad-input corpus on the standalone page', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve();
  }, 300_000);
  afterAll(async () => served?.close());

  it('refuses or opens each case as the command line does', async () => {
    const page = await panePage(served);
    await page.goto(`${served.base}/standalone.html`);
    const seen: string[] = [];
    for (const c of BAD_INPUTS) {
      const dir = path.join(tmp, c.name);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, c.file);
      fs.writeFileSync(file, await c.bytes());
      await page.locator('input[type=file]').first().setInputFiles(file);
      const { inspect } = c.expect;
      if (inspect.code === 2 && inspect.kind === undefined) {
        const alert = page.getByRole('alert').filter({ hasText: c.file });
        await alert.waitFor({ timeout: 15_000 });
        const text = (await alert.textContent()) ?? '';
        if (inspect.message) expect({ case: c.name, text: inspect.message.test(text) ? 'ok' : text }).toEqual({ case: c.name, text: 'ok' });
        expect(text).not.toMatch(/Error|undefined|at \w+ \(/);
        seen.push(`${c.name}: refusé`);
      } else {
        const kind = inspect.kind ?? 'inconnu';
        // The page re-renders for each file: wait for this file's name, then its kind.
        await page.getByText(`Fichier : ${c.file}`).waitFor({ timeout: 15_000 });
        await page.getByText(KIND_LABELS[kind], { exact: true }).first().waitFor({ timeout: 15_000 });
        if (kind === 'inconnu') expect((await page.textContent('body')) ?? '').not.toMatch(/peut être envoyé/);
        seen.push(`${c.name}: ${kind}`);
      }
    }
    expect(seen).toHaveLength(BAD_INPUTS.length);
  }, 600_000);

  it('works from disk, offline: every request stays on file://', async () => {
    const page = await served.browser.newPage({ viewport: { width: 350, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${path.join(served.dist, 'standalone.html')}`);
    const du = path.join(tmp, 'du-hors-ligne.xlsx');
    fs.writeFileSync(du, await buildWorkbook(filledDocumentUnique({ broken: false })));
    await page.locator('input[type=file]').setInputFiles(du);
    await page.getByRole('tab', { name: 'Compiler' }).click();
    await page.getByRole('button', { name: 'Choisir les recensements' }).waitFor({ timeout: 15_000 });
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  }, 120_000);
});
