/**
 * The production build as deployed: `npm run build -- --env base=…` writes a manifest whose URLs
 * all start at that base (checked offline), the task pane loads Office.js from Microsoft's CDN and
 * carries a Content-Security-Policy, nothing we ship uses eval or new Function, and the scripts
 * loaded at start weigh at most 200 KB gzipped (the rest loads with its journey).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const root = path.join(__dirname, '../..');
const BASE = 'https://example.org/duerp/';
const START_BUDGET = 200 * 1024;

describe('the production build', () => {
  let dist: string;
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-prod-'));
    execFileSync('npx', ['webpack', '--mode', 'production', '--env', `out=${dist}`, '--env', `base=${BASE}`], { cwd: root, stdio: 'pipe' });
  }, 240_000);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('writes a manifest whose every URL starts at the given base', () => {
    const xml = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !/schemas\.microsoft\.com|www\.w3\.org/.test(u));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u === 'https://example.org' || u.startsWith(BASE)).toBe(true);
    expect(xml).toContain('<AppDomain>https://example.org</AppDomain>');
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(xml).not.toContain('localhost');
  });

  it('loads Office.js from Microsoft’s CDN, with a CSP allowing only our scripts and that CDN', () => {
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    // The HTML is minified: attribute quotes may be dropped.
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?><\/script>/);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(fs.existsSync(path.join(dist, 'office'))).toBe(false);
    const standalone = fs.readFileSync(path.join(dist, 'standalone.html'), 'utf8');
    expect(standalone).toMatch(/script-src 'self';/);
    expect(standalone).not.toContain('appsforoffice');
  });

  it('ships no eval and no new Function', () => {
    const files = [...fs.readdirSync(dist), ...fs.readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`)].filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const js = fs.readFileSync(path.join(dist, f), 'utf8');
      expect({ f, hit: /[^\w.$]eval\(|new Function\(/.exec(js)?.[0] ?? null }).toEqual({ f, hit: null });
    }
  });

  it('keeps the scripts loaded at start under 200 KB gzipped, the journeys’ code in their own chunks', () => {
    for (const entry of ['taskpane.js', 'standalone.js']) {
      const gz = zlib.gzipSync(fs.readFileSync(path.join(dist, entry))).length;
      expect({ entry, under: gz <= START_BUDGET }).toEqual({ entry, under: true });
    }
    const chunks = fs.readdirSync(path.join(dist, 'chunks'));
    for (const lazy of ['compiler', 'programme', 'comparer']) expect(chunks.some((c) => c.startsWith(`${lazy}.`))).toBe(true);
  });
});
