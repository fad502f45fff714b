/**
 * The reader against hostile packages (tests/fixtures/hostile-packages.ts): each is refused in one
 * French sentence (UnreadableWorkbook) or read correctly, within 10 s and 500 MB. The packages are
 * read in a child process whose heap is capped at 500 MB, so a bomb that got through would crash
 * the child (and fail here) instead of the test runner; the child reports time and RSS growth.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import type { Plan } from '../../src/domain/plans/plan';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { UnreadableWorkbook } from '../../src/xlsx/errors';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { ZIP_LIMITS, useNativeCodec } from '../../src/xlsx/zip';
import { nodeCodec } from '../../src/xlsx/node-zlib';
import { useNodeBuffer } from '../../src/xlsx/xml';
import { duerp } from '../helpers/cli';
import { DATA_ROWS, HOSTILE, census, censusParts, lieAbout, minimalWorkbook, sheetXml, type Outcome } from '../fixtures/hostile-packages';

const root = path.join(__dirname, '..', '..');

/** One French sentence: starts with "Ce fichier", one line, one final full stop, says what to do, no English from a library. */
function expectOneFrenchSentence(message: string): void {
  expect(message).toMatch(/^Ce fichier [^\n]+\.$/);
  expect(message).toMatch(/\b(ouvrez|enregistrez|choisissez|demandez|supprimez)-?/);
  expect(message.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
  expect(message).not.toMatch(/\b(invalid|unexpected|error|EOF|buffer|offset|undefined|null)\b/i);
}

describe.each([
  ['fflate (the browser)', []],
  ["Node's zlib (the command line)", ['--native']],
])('hostile packages, read with %s in a child process capped at 500 MB', (_codec, flags: string[]) => {
  const outcomes = new Map<string, Outcome>();
  let childStatus: number | null = null;
  let childError = '';

  beforeAll(() => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=500', '-r', './bench/register.js', 'tests/fixtures/hostile-packages.ts', ...flags, ...HOSTILE.map((h) => h.name)],
      { cwd: root, encoding: 'utf8', timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
    );
    childStatus = r.status;
    childError = r.stderr;
    for (const line of r.stdout.split('\n').filter(Boolean)) {
      const o = JSON.parse(line) as Outcome;
      outcomes.set(o.name, o);
    }
  }, 300_000);

  it('the child read every package without crashing', () => {
    expect({ status: childStatus, stderr: childError.split('\n').filter((l) => !/npm warn/.test(l)).join('\n').trim() }).toEqual({ status: 0, stderr: '' });
    expect([...outcomes.keys()]).toEqual(HOSTILE.map((h) => h.name));
  });

  /** What each package that must be read holds. */
  const READS: Record<string, (o: NonNullable<Outcome['read']>) => void> = {
    'empty-cells-at-xfd': (r) => expect(r.sheets[0]).toMatchObject({ rows: 2, widest: 2 }),
    'thousands-of-empty-c': (r) => expect(r.sheets[0]).toMatchObject({ rows: 2, widest: 2 }),
    'stray-format-at-xfd1048576': (r) => expect(r.sheets[0]).toMatchObject({ rows: 2, widest: 2 }),
    'stray-value-at-xfd1048576': (r) => expect(r.sheets[0]).toMatchObject({ rows: 1_048_576, widest: 16_384, sample: { XFD1048576: 7 } }),
    'unclosed-tags': (r) => expect(r.sheets[0].rows).toBeGreaterThanOrEqual(2),
    'backslash-and-case-names': (r) => expect(r.sheets[0]).toMatchObject({ rows: 2, widest: 2 }),
    'percent-encoded-target': (r) => expect(r.sheets[0]).toMatchObject({ rows: 2, widest: 2 }),
  };

  for (const p of HOSTILE) {
    it(`${p.name} — ${p.about}: ${'refused' in p.expect ? 'refused in French' : 'read correctly'}, within 10 s and 500 MB`, () => {
      const o = outcomes.get(p.name);
      expect(o).toBeDefined();
      expect(o!.ms).toBeLessThan(10_000);
      expect(o!.rssGrowthMb).toBeLessThan(500);
      if ('refused' in p.expect) {
        expect(o!.read).toBeUndefined();
        expect(o!.error?.class).toBe('UnreadableWorkbook');
        expect(o!.error!.message).toMatch(p.expect.refused);
        expectOneFrenchSentence(o!.error!.message);
      } else {
        expect(o!.error).toBeUndefined();
        // Every package that is read starts with the same three cells.
        expect(o!.read!.sheets[0]).toMatchObject({ name: 'Feuil1', sample: { A1: 'Unité de travail', B1: 'Gravité', A2: 3, B2: '=A2*2' } });
        READS[p.name](o!.read!);
      }
    });
  }

  it('sparse bombs cost next to nothing: empty cells are never materialised', () => {
    for (const name of ['empty-cells-at-xfd', 'thousands-of-empty-c', 'stray-format-at-xfd1048576']) {
      expect({ name, growth: outcomes.get(name)!.rssGrowthMb < 100 }).toEqual({ name, growth: true });
    }
  });
});

describe('hostile packages, in process', () => {
  const build = async (name: string) => HOSTILE.find((h) => h.name === name)!.build();

  it('OPC part names: backslashes and capitals read like the plain package', async () => {
    const plain = readSnapshot(minimalWorkbook(sheetXml(DATA_ROWS)));
    expect(readSnapshot(await build('backslash-and-case-names'))).toEqual(plain);
    expect(readSnapshot(await build('percent-encoded-target'))).toEqual(plain);
  });

  const plan: Plan = {
    command: 'test',
    edits: [{ kind: 'value', sheet: 'Feuil1', cell: 'C2', before: null, beforeFormula: null, after: 'écrit', reason: '' }],
  };

  it('a package with backslash names is written back with forward slashes, the untouched parts byte for byte', async () => {
    const input = await build('backslash-and-case-names');
    const output = applyPlan(input, plan);
    const before = unzipSync(input);
    const after = unzipSync(output);
    expect(Object.keys(after).filter((n) => n.includes('\\'))).toEqual([]);
    expect(Object.keys(after)).toEqual(Object.keys(before).map((n) => n.replace(/\\/g, '/')));
    expect(after['XL/Workbook.xml']).toEqual(before['XL\\Workbook.xml']);
    expect(readSnapshot(output).sheets[0].values[1][2]).toBe('écrit');
  });

  it('a package whose index lies about a part nobody reads is refused on writing too, never copied truncated', async () => {
    const { unread } = await censusParts();
    for (const lying of [lieAbout(await census(), unread, 'size', (s) => s - 10), lieAbout(await census(), unread, 'compressedSize', (s) => Math.floor(s / 2))]) {
      expect(() => applyPlan(lying, { command: 'test', edits: [{ kind: 'value', sheet: 'Grille de recensement', cell: 'A1', before: null, beforeFormula: null, after: 'x', reason: '' }] })).toThrow(UnreadableWorkbook);
    }
  });

  describe('sheets are scanned and patched as binary UTF-8: text beyond ASCII survives both ways', () => {
    const accented =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Unité d’accueil – 😀 &#233;&amp;</t></is></c><c r="B1" t="str"><f>\'Hiérarchisation\'!A1&amp;"é"</f><v>Prévention é</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2" t="e"><v>#RÉF!</v></c></row>';
    const after = '<dataValidations count="1"><dataValidation type="list" sqref="C1"><formula1>"Très grave,Grave"</formula1></dataValidation></dataValidations>';

    it('reads accented cells, formulas and validations exactly', () => {
      const s = readSnapshot(minimalWorkbook(sheetXml(accented, after)));
      const sheet = s.sheets[0];
      expect(sheet.values[0]).toEqual(['Unité d’accueil – 😀 é&', 'Prévention é']);
      expect(sheet.formulas[0]).toEqual([null, `='Hiérarchisation'!A1&"é"`]);
      expect(sheet.values[1]).toEqual([3, { error: '#RÉF!' }]);
      expect(sheet.validations).toEqual([{ range: 'C1', type: 'list', formula1: '"Très grave,Grave"' }]);
    });

    it('reads a sheet part written in UTF-16 the same way', () => {
      const utf16 = (text: string) => {
        const out = new Uint8Array(2 + text.length * 2);
        out.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) {
          out[2 + i * 2] = text.charCodeAt(i) & 0xff;
          out[3 + i * 2] = text.charCodeAt(i) >> 8;
        }
        return out;
      };
      const plain = readSnapshot(minimalWorkbook(sheetXml(accented, after)));
      const bytes = minimalWorkbook('', { extra: [] });
      const parts = unzipSync(bytes);
      parts['xl/worksheets/sheet1.xml'] = utf16(sheetXml(accented, after).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
      const { zipSync } = jest.requireActual('fflate') as typeof import('fflate');
      expect(readSnapshot(zipSync(parts))).toEqual(plain);
    });

    it('writes accented values, formulas and lists, and keeps untouched rows byte for byte', () => {
      const input = minimalWorkbook(sheetXml(accented, after));
      const output = applyPlan(input, {
        command: 'test',
        edits: [
          { kind: 'value', sheet: 'Feuil1', cell: 'C2', before: null, beforeFormula: null, after: 'Écrit – d’après 😀 <&>', reason: '' },
          { kind: 'formula', sheet: 'Feuil1', cell: 'D2', before: null, beforeFormula: null, formula: `=IF(A2=3,"Élevé","")`, result: 'Élevé', reason: '' },
          { kind: 'validation', sheet: 'Feuil1', range: 'E2', list: '"Modérée,Forte"', reason: '' },
        ],
      });
      const s = readSnapshot(output).sheets[0];
      expect(s.values[0]).toEqual(['Unité d’accueil – 😀 é&', 'Prévention é']);
      expect(s.values[1]).toEqual([3, { error: '#RÉF!' }, 'Écrit – d’après 😀 <&>', 'Élevé']);
      expect(s.formulas[1][3]).toBe('=IF(A2=3,"Élevé","")');
      expect(s.validations).toContainEqual({ range: 'E2', type: 'list', formula1: '"Modérée,Forte"' });
      const written = new TextDecoder('utf-8', { fatal: true }).decode(unzipSync(output)['xl/worksheets/sheet1.xml']);
      expect(written).toContain(accented.slice(0, accented.indexOf('<row r="2">')));
    });
  });

  it('the row patcher writes any cells into any row and keeps every other cell (property)', () => {
    const fc = jest.requireActual('fast-check') as typeof import('fast-check');
    const col = fc.integer({ min: 1, max: 30 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ col, kind: fc.constantFrom('value', 'styled', 'formula') }), { selector: (c) => c.col, maxLength: 8 }),
        fc.array(fc.record({ col, value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('é’', 'a<b', 'x')) }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (existing, writes, selfClosing) => {
          const letters = (c: number) => (c > 26 ? 'A' + String.fromCharCode(64 + c - 26) : String.fromCharCode(64 + c));
          const sorted = [...existing].sort((a, b) => a.col - b.col);
          const cells = sorted
            .map((c) => (c.kind === 'styled' ? `<c r="${letters(c.col)}2" s="1"/>` : c.kind === 'formula' ? `<c r="${letters(c.col)}2"><f>1+${c.col}</f><v>${1 + c.col}</v></c>` : `<c r="${letters(c.col)}2"><v>${c.col * 10}</v></c>`))
            .join('');
          const row2 = selfClosing && cells === '' ? '<row r="2" spans="1:3"/>' : `<row r="2" spans="1:3">${cells}</row>`;
          const input = minimalWorkbook(sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${row2}<row r="3"><c r="A3"><v>3</v></c></row>`));
          const output = applyPlan(input, {
            command: 'test',
            edits: writes.map((w) => ({ kind: 'value' as const, sheet: 'Feuil1', cell: `${letters(w.col)}2`, before: null, beforeFormula: null, after: w.value, reason: '' })),
          });
          const expected = new Map<number, unknown>();
          for (const c of sorted) if (c.kind !== 'styled') expected.set(c.col, c.kind === 'formula' ? 1 + c.col : c.col * 10);
          for (const w of writes) expected.set(w.col, w.value);
          const sheet = readSnapshot(output).sheets[0];
          const line = sheet.values[1];
          for (let c = 1; c <= 30; c++) expect([c, line[c - 1] ?? null]).toEqual([c, expected.get(c) ?? null]);
          expect(sheet.values[0]).toEqual([1]);
          expect(sheet.values[2]).toEqual([3]);
          for (const c of sorted) if (c.kind === 'formula' && !writes.some((w) => w.col === c.col)) expect(sheet.formulas[1][c.col - 1]).toBe(`=1+${c.col}`);
          const xml = new TextDecoder().decode(unzipSync(output)['xl/worksheets/sheet1.xml']);
          // The row's spans hint stays only while it still covers every cell written.
          if (writes.every((w) => w.col <= 3)) expect(xml).toContain('<row r="2" spans="1:3"');
          else expect(xml).not.toContain('spans=');
          const refs = [...xml.matchAll(/<c r="([A-Z]+)2"/g)].map((m) => m[1]);
          expect(refs).toEqual([...refs].sort((a, b) => a.length - b.length || a.localeCompare(b)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the browser\'s code paths (fflate, no Node Buffer) read and write exactly what Node\'s do', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>Unité n° ${i} – d’accueil</t></is></c><c r="B${i + 3}"><v>${i}</v></c></row>`).join('');
    const input = minimalWorkbook(sheetXml(DATA_ROWS + rows));
    const plan: Plan = {
      command: 'test',
      edits: Array.from({ length: 3_000 }, (_, i) => ({ kind: 'formula' as const, sheet: 'Feuil1', cell: `C${i + 3}`, before: null, beforeFormula: null, formula: `=IF(B${i + 3}>1,"Élevé","")`, result: i > 1 ? 'Élevé' : '', reason: '' })),
    };
    const run = () => {
      const output = applyPlan(input.slice(), plan);
      return { snapshot: readSnapshot(output.slice()), sheet: new TextDecoder('utf-8', { fatal: true }).decode(unzipSync(output)['xl/worksheets/sheet1.xml']) };
    };
    useNativeCodec(nodeCodec);
    const node = run();
    try {
      useNativeCodec(null);
      useNodeBuffer(false);
      const browser = run();
      expect(browser.sheet).toBe(node.sheet);
      expect(browser.snapshot).toEqual(node.snapshot);
    } finally {
      useNodeBuffer(true);
      useNativeCodec(nodeCodec);
    }
    expect(node.snapshot.sheets[0].values[3001]).toEqual(['Unité n° 2999 – d’accueil', 2999, 'Élevé']);
    expect(node.snapshot.sheets[0].formulas[3001][2]).toBe('=IF(B3002>1,"Élevé","")');
  });

  it('limits are what the documentation says', () => {
    expect(ZIP_LIMITS).toEqual({ MAX_TOTAL_UNCOMPRESSED: 400 * 1024 * 1024, MAX_PART_UNCOMPRESSED: 256 * 1024 * 1024, MAX_RATIO: 100, RATIO_GRACE: 1024 * 1024 });
  });

  it('a large honest part under the ratio limit is read', () => {
    // 3 MB of rows of numbers, deflated (a ratio of about 10): well under the limits.
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${(i * 7919) % 10007}</v></c></row>`).join('');
    const s = readSnapshot(minimalWorkbook(sheetXml(DATA_ROWS + rows)));
    expect(s.sheets[0].values.length).toBe(30_002);
    expect(s.sheets[0].values[30_001][0]).toBe((29_999 * 7919) % 10007);
  });

  describe('the command line says the reader\'s sentence, exit 2, nothing written', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-hostile-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    const cases: [string, RegExp][] = [
      ['encrypted', /^« [^»]+chiffre\.xlsx » est un classeur protégé par un mot de passe .*sans mot de passe\.$/],
      ['xls', /^« [^»]+ » est un classeur Excel 97-2003 \(\.xls\).*enregistrez-le au format \.xlsx/],
      ['xlsb', /^« [^»]+ » est un classeur Excel binaire \(\.xlsb\)/],
      ['size-lie-unread-part', /^« [^»]+ » est endommagé : la partie « xl\/theme\/theme1\.xml » ne fait pas la taille/],
      ['compressed-size-lie-unread-part', /^« [^»]+ » est endommagé : /],
      ['truncated-60', /^« [^»]+ » est incomplet : /],
      ['zip-bomb-ratio', /^« [^»]+ » est suspect : .*bombe zip/],
    ];
    for (const [name, message] of cases) {
      it(`recompute ${name}`, async () => {
        const input = path.join(dir, name === 'encrypted' ? 'chiffre.xlsx' : `${name}.xlsx`);
        fs.writeFileSync(input, await build(name));
        const out = path.join(dir, `${name}-out.xlsx`);
        const r = await duerp('recompute', input, '-o', out);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim()).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(fs.existsSync(out)).toBe(false);
      });
    }

    it('repair still works on the honest census the lies were told about', async () => {
      const input = path.join(dir, 'honnete.xlsx');
      fs.writeFileSync(input, await census());
      const out = path.join(dir, 'honnete-out.xlsx');
      const r = await duerp('repair', input, '-o', out, '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(0);
      expect(readSnapshot(new Uint8Array(fs.readFileSync(out))).sheets.length).toBeGreaterThan(0);
    });
  });
});
