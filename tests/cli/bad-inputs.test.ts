/**
 * The bad-input corpus (tests/fixtures/bad-inputs.ts) through `inspect`, `check` and `repair`:
 * each case gets its exit status and its French sentence or its kind, never a stack nor English;
 * a refused case writes nothing and leaves no temporary file; typed text that looks like a
 * formula is still text (never an <f> element) in what repair and recompute write.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { BAD_INPUTS, FORMULA_LOOKALIKES, type BadInput } from '../fixtures/bad-inputs';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { duerp, type CliResult } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bad-inputs-'));
const folderOf = (c: BadInput) => path.join(dir, c.name);
const inputOf = (c: BadInput) => path.join(folderOf(c), c.file);

beforeAll(async () => {
  for (const c of BAD_INPUTS) {
    fs.mkdirSync(folderOf(c));
    fs.writeFileSync(inputOf(c), await c.bytes());
  }
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A refusal: one French sentence on stderr, no stack, no system English, no generic fallback. */
function expectOneFrenchSentence(r: CliResult, message: RegExp | undefined): void {
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  if (message) expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/[«»]/); // names the file, the French way
  expect(r.stderr).not.toMatch(/Erreur inattendue|n'a pas pu aboutir|\bat \S+:\d+|Error\b|undefined|null\b|Cannot |invalid |unexpected /i);
  expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
}

function ruleNames(stdout: string): string[] {
  return JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule);
}

describe('the corpus', () => {
  it('holds at least 30 cases, each with a unique name and file, and expectations for the three commands', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
    for (const c of BAD_INPUTS) expect(Object.keys(c.expect)).toEqual(expect.arrayContaining(['inspect', 'check', 'repair']));
  });
});

describe.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_, c) => {
  const { inspect, check, repair } = c.expect;

  it(`inspect exits ${inspect.code}${inspect.kind ? ` (${inspect.kind})` : ''}`, async () => {
    const r = await duerp('inspect', inputOf(c), '--json');
    expect({ code: r.code, stderr: r.code === 2 ? 'une phrase' : r.stderr }).toEqual({ code: inspect.code, stderr: r.code === 2 ? 'une phrase' : '' });
    if (r.code === 2) expectOneFrenchSentence(r, inspect.message);
    if (inspect.kind) expect(JSON.parse(r.stdout).kind).toBe(inspect.kind);
    else expect(r.stdout).toBe('');
  });

  it(`check exits ${check.code}`, async () => {
    const r = await duerp('check', inputOf(c), '--json');
    expect(r.code).toBe(check.code);
    if (r.code === 2) {
      expectOneFrenchSentence(r, check.message);
      expect(r.stdout).toBe('');
    } else {
      expect(r.stderr).toBe('');
      expect(ruleNames(r.stdout)).toEqual(expect.arrayContaining(check.rules ?? []));
    }
  });

  it(`repair exits ${repair.code}, writes ${repair.code === 0 ? 'a readable copy' : 'nothing'}, leaves no temporary file`, async () => {
    const out = path.join(folderOf(c), 'repare.xlsx');
    const before = fs.readFileSync(inputOf(c));
    const r = await duerp('repair', inputOf(c), '-o', out, '--json');
    expect(r.code).toBe(repair.code);
    expect(fs.readFileSync(inputOf(c)).equals(before)).toBe(true);
    if (r.code === 2) {
      expectOneFrenchSentence(r, repair.message);
      expect(fs.existsSync(out)).toBe(false);
    } else {
      expect(r.stderr).toBe('');
      expect(Array.isArray(JSON.parse(r.stdout).changes)).toBe(true);
      // The copy reads as the same kind, and every sheet keeps its visibility (hidden, very hidden).
      const again = await duerp('inspect', out, '--json');
      expect(JSON.parse(again.stdout).kind).toBe(inspect.kind);
      const visibility = (s: WorkbookSnapshot) => Object.fromEntries(s.sheets.map((x) => [x.name, x.visibility]));
      expect(visibility(readSnapshot(fs.readFileSync(out)))).toEqual(expect.objectContaining(visibility(readSnapshot(before))));
      fs.rmSync(out);
    }
    expect(fs.readdirSync(folderOf(c))).toEqual([c.file]);
  });
});

/** Every formula (<f> element) of every worksheet of a package. */
function formulasOf(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const out: string[] = [];
  for (const [name, content] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of new TextDecoder().decode(content).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) out.push(m[1]);
  }
  return out;
}

/** Where a text sits in a snapshot, with the formula of that cell. */
function cellsHolding(s: WorkbookSnapshot, text: string): { sheet: string; formula: string | null }[] {
  const found: { sheet: string; formula: string | null }[] = [];
  for (const sheet of s.sheets) {
    sheet.values.forEach((row, r) => row.forEach((v, c) => v === text && found.push({ sheet: sheet.name, formula: sheet.formulas[r]?.[c] ?? null })));
  }
  return found;
}

const unescape = (x: string) => x.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** What would betray a typed text turned into a formula: its body, without the leading sign. */
const bodyOf = (text: string) => text.replace(/^[=+@-]/, '');

describe.each(BAD_INPUTS.filter((c) => c.expect.staysText).map((c) => [c.name, c] as const))('%s: typed formulas stay text', (_, c) => {
  // compile carries the census's texts into a document unique: they must stay text there too.
  const commands = c.expect.inspect.kind === 'recensement' ? [['repair'], ['recompute'], ['compile']] : [['repair'], ['recompute']];
  it.each(commands)('after %s, each one is a text cell, and no <f> element carries it', async (command) => {
    const out = path.join(folderOf(c), `${command}.xlsx`);
    const r = await duerp(command, inputOf(c), '-o', out);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(out));
    const snapshot = readSnapshot(bytes);
    const formulas = formulasOf(bytes).map(unescape);
    expect(formulas.length).toBeGreaterThan(0); // the written file does have formulas (repaired links, indices)
    // compile carries the risk rows, not every identification field: at least one text must be there.
    if (command === 'compile') expect(c.expect.staysText!.some((text) => cellsHolding(snapshot, text).length > 0)).toBe(true);
    for (const text of c.expect.staysText!) {
      const cells = cellsHolding(snapshot, text);
      if (command !== 'compile') expect({ text, cells: cells.length > 0 }).toEqual({ text, cells: true });
      // Formulas our commands wrote may point at the cell (='Informations générales'!$C$5) but never hold the text.
      for (const cell of cells) if (cell.formula !== null) expect(cell.formula).not.toContain(bodyOf(text));
      for (const f of formulas) expect(f).not.toContain(bodyOf(text));
    }
    fs.rmSync(out);
  });
});

describe('the formula look-alikes', () => {
  it('cover the four ways a spreadsheet starts a formula', () => {
    expect(FORMULA_LOOKALIKES.map((t) => t[0]).sort()).toEqual(['+', '-', '=', '=', '@']);
  });
});

describe('duerp inspect, as text', () => {
  it('names the sheets’ roles in French', async () => {
    const census = BAD_INPUTS.find((c) => c.name === 'extension-xlsm')!;
    const r = await duerp('inspect', inputOf(census));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}feuille « Grille de recensement » : grille de recensement$/m);
    expect(r.stdout).toMatch(/^ {2}feuille « Informations générales » : informations générales$/m);
    expect(r.stdout).toMatch(/^ {2}feuille « Fiche à imprimer » : fiche à imprimer$/m);
    expect(r.stdout).not.toMatch(/: (grille|informations|fiche)$/m);
    // Tables in words; an empty one says so rather than « lignes 20 à 19 ».
    expect(r.stdout).toMatch(/^ {2}tableau des risques sur « Grille de recensement » : en-tête ligne 8, données lignes 9 à \d+$/m);
    expect(r.stdout).toMatch(/^ {2}tableau des unités de travail sur « Informations générales » : en-tête ligne 19, (données lignes 20 à \d+|aucune ligne remplie)$/m);
    for (const m of r.stdout.matchAll(/données lignes (\d+) à (\d+)$/gm)) expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
    const empty = await duerp('inspect', inputOf(BAD_INPUTS.find((x) => x.name === 'recensement-en-tete-seul')!));
    expect(empty.stdout).toMatch(/^ {2}tableau des risques sur « Grille de recensement » : en-tête ligne 8, aucune ligne remplie$/m);
  });
});
