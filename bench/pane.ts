/**
 * The pane's budgets, printed: production build time, gzipped size of each entry and lazy chunk
 * (start-up budget 200 KB), and first paint of the built standalone page and task pane in headless
 * Chromium at 350 × 900 (budget 400 ms).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import type { AddressInfo } from 'net';

const root = path.join(__dirname, '..');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function benchPane(): Promise<void> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bench-pane-'));
  const t0 = Date.now();
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', `out=${dist}`], { cwd: root, stdio: 'pipe' });
  console.log(`Volet — construction de production : ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const files = [...fs.readdirSync(dist).filter((f) => f.endsWith('.js')), ...fs.readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`)];
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dist, f));
    console.log(`  ${f.padEnd(36)} ${kb(bytes.length).padStart(10)} brut  ${kb(zlib.gzipSync(bytes).length).padStart(10)} gzip${f.startsWith('chunks/') ? '' : '  (au démarrage, budget 200 KB)'}`);
  }
  if (!fs.existsSync('/usr/bin/chromium')) {
    console.log('  (pas de Chromium : premier affichage non mesuré)');
    return;
  }
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const page of ['standalone.html', 'taskpane.html']) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const p = await browser.newPage({ viewport: { width: 350, height: 900 } });
        await p.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
        await p.goto(`${base}/${page}`);
        // The pane's own mark at its first render (after the scripts are parsed and run).
        await p.waitForFunction(() => performance.getEntriesByName('duerp-premier-affichage').length > 0, undefined, { timeout: 10_000 });
        times.push(await p.evaluate(() => performance.getEntriesByName('duerp-premier-affichage')[0].startTime));
        await p.close();
      }
      times.sort((a, b) => a - b);
      console.log(`  ${page} : volet affiché en ${times[2].toFixed(0)} ms (médiane de 5, budget 400 ms)`);
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

if (require.main === module) void benchPane();
