/** printJson writes in chunks of whole lines, exactly what JSON.stringify(value, null, 2) gives. */
import { printJson, processOutput } from '../../src/cli/output';

function printed(value: unknown): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  printJson({ out: (t) => chunks.push(t), err: () => undefined }, value);
  return { text: chunks.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join(''), chunks };
}

describe('printJson', () => {
  it('prints exactly JSON.stringify(value, null, 2) and a newline, whatever the value', () => {
    const values: unknown[] = [
      null,
      3,
      'a "b"\nc',
      [],
      {},
      { changes: [] },
      [1, undefined, () => 1, [2, [3]]],
      { a: undefined, f: () => 1, b: { c: [{ d: 1, e: undefined }], g: {} }, h: new Date(0), i: [null, { error: '#REF!' }] },
      { changes: [{ sheet: 'Grille', cell: 'J9', before: null, after: '=IF(H9="","",H9&"\n")', kind: 'formula', reason: 'Indice' }], warnings: [{ file: 'a.xlsx', message: 'é' }] },
      // Flat members (the fast path) beside members it must leave to JSON.stringify.
      { changes: [{ n: -0, t: true, f: false, x: 1.5e300, s: '\u2028"\\', u: undefined, z: null }, { nan: NaN }, { inf: -Infinity }, { f: () => 1 }, { 2: 'b', 1: 'a', k: 'c' }, {}, { d: new Date(0) }, Object.create(null), { nested: { a: 1 } }] },
    ];
    for (const value of values) expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes each member\'s value, however values repeat or change from one object to the next, at any depth', () => {
    const fc = jest.requireActual('fast-check') as typeof import('fast-check');
    const scalar = fc.oneof(fc.constantFrom('Grille', 'Indice', 'formula', '', 'é "x"\n'), fc.string({ maxLength: 6 }), fc.constant(null), fc.integer(), fc.boolean());
    const flat = fc.dictionary(fc.constantFrom('sheet', 'cell', 'before', 'after', 'kind', 'reason'), scalar, { maxKeys: 6 });
    fc.assert(
      fc.property(fc.array(flat, { maxLength: 12 }), fc.array(flat, { maxLength: 4 }), (changes, warnings) => {
        for (const value of [{ changes }, { changes, warnings }, { a: { changes } }, changes]) expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('hands a large plan over in chunks of whole lines, never as one string', () => {
    const value = {
      changes: Array.from({ length: 20_000 }, (_, i) => ({ sheet: 'Grille de recensement', cell: `J${i + 9}`, before: null, after: `=H${i + 9}*I${i + 9}`, kind: 'formula', reason: 'Indice' })),
    };
    const { text, chunks } = printed(value);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(text.length / 10);
    for (const c of chunks) expect(c.endsWith('\n')).toBe(true);
  });

  it('prints large arrays, alone or among members, exactly as JSON.stringify at every slice boundary', () => {
    // Slices hold 1,024 items: arrays on either side of one and two slices, items of every kind
    // (undefined and functions become null), members before and after, one left out by its toJSON.
    const item = (i: number) => [{ cell: `J${i}`, nested: { a: [i, null] } }, undefined, () => i, 'é "x"\n', [i], null, {}][i % 7];
    for (const n of [1024, 1025, 2048, 2049, 3001]) {
      const items = Array.from({ length: n }, (_, i) => item(i));
      for (const value of [items, { changes: items }, { a: 1, changes: items, gone: { toJSON: () => undefined }, warnings: items.slice(0, 3) }, { first: items, second: items }]) {
        const { text, chunks } = printed(value);
        expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
        for (const c of chunks) expect(c.endsWith('\n')).toBe(true);
      }
    }
  });

  it('sends the slices of a large array to the process as bytes, non-ASCII text included', () => {
    const written: Buffer[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      return true;
    }) as typeof process.stdout.write);
    try {
      const value = { changes: Array.from({ length: 2500 }, (_, i) => ({ cell: `J${i}`, reason: 'matrice G × F', after: i % 3 ? 'é' : null })), warnings: [] };
      printJson(processOutput, value);
      expect(Buffer.concat(written).toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
      // The slices went out as bytes, not as strings.
      expect(spy.mock.calls.filter(([chunk]) => typeof chunk !== 'string').length).toBe(3);
    } finally {
      spy.mockRestore();
    }
  });
});
