/**
 * The built pages served to Debian's Chromium: dist built once (webpack, development mode, into a
 * temporary folder), a fake Office.js bundle for the task pane, a static server on 127.0.0.1, and
 * helpers to open a page at Excel's pane width (350 × 900) and to check it never scrolls sideways.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = fs.existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) throw new Error('Chromium est requis en CI (apt-get install chromium) : .ci/run doit l’installer.');

export const root = path.join(__dirname, '../..');
export const shots = path.join(root, 'tests/.out');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface Served {
  dist: string;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

/** Builds dist and the fake Office.js, serves them, launches Chromium. */
export async function serve(): Promise<Served> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-dist-'));
  execFileSync('npx', ['webpack', '--mode', 'development', '--env', `out=${dist}`], { cwd: root, stdio: 'pipe' });
  buildFakeOffice(path.join(dist, 'test-fake-office.js'));
  const officeDir = path.join(root, 'node_modules/@microsoft/office-js/dist');
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    // The real Office.js, for the page opened outside Excel (tests only use the local copy).
    const file = url.startsWith('/test-office/') ? path.join(officeDir, url.slice('/test-office/'.length)) : path.join(dist, url);
    if (!(file.startsWith(dist) || file.startsWith(officeDir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  fs.mkdirSync(shots, { recursive: true });
  return {
    dist,
    base,
    browser,
    async close() {
      await browser.close();
      server.close();
      fs.rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** The fake Office.js (tests/browser/fake-office.ts) as one browser script. */
function buildFakeOffice(out: string): void {
  const config = path.join(os.tmpdir(), `duerp-fake-office-${process.pid}.config.js`);
  fs.writeFileSync(
    config,
    `module.exports = { mode: 'development', devtool: false, entry: ${JSON.stringify(path.join(__dirname, 'fake-office.ts'))},
      output: { path: ${JSON.stringify(path.dirname(out))}, filename: ${JSON.stringify(path.basename(out))} },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [{ test: /\\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } }] } };`,
  );
  try {
    execFileSync('npx', ['webpack', '--config', config], { cwd: root, stdio: 'pipe' });
  } finally {
    fs.rmSync(config, { force: true });
  }
}

/** A page at Excel's pane width; the CDN's Office.js answered by `office` (a served path) or refused. */
export async function panePage(served: Served, office: 'fake' | 'real' | 'none' = 'none'): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width: 350, height: 900 } });
  // Microsoft's CDN answered from the local copy of @microsoft/office-js (or by the fake, or refused).
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    if (office === 'none') return route.abort();
    const url = route.request().url();
    const rest = url.replace(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, '').split('?')[0];
    const file = office === 'fake' && url === OFFICE_CDN ? path.join(served.dist, 'test-fake-office.js') : path.join(root, 'node_modules/@microsoft/office-js/dist', rest);
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(file, 'utf8') });
  });
  return page;
}

/** Nothing wider than the viewport: the page never scrolls sideways. */
export async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  if (scroll > client) {
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${(e as HTMLElement).className} « ${(e.textContent ?? '').slice(0, 40)} »`),
    );
    throw new Error(`La page défile de côté (${scroll} > ${client}) : ${wide.join(' ; ')}`);
  }
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}
