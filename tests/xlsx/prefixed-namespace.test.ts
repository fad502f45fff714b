/**
 * SpreadsheetML written with a namespace prefix (`<x:worksheet xmlns:x="…main">`, `<x:row>`), as
 * some libraries write it: read and patched as the same workbook written without prefixes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { recognise } from '../../src/domain/workbook/recognise';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { withDefaultNamespace } from '../../src/xlsx/xml';
import { filledCensus } from '../fixtures/generate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every SpreadsheetML part of a package rewritten with the prefix `x` on each element. */
function prefixed(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) {
    const xml = strFromU8(parts[name]);
    if (!xml.includes(`xmlns="${MAIN}"`)) continue;
    parts[name] = strToU8(xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (m, slash, tag) => (tag === 'xml' ? m : `<${slash}x:${tag}`)));
  }
  return zipSync(parts);
}

describe('withDefaultNamespace', () => {
  it('moves the root prefix to the default namespace, keeping its declaration', () => {
    expect(withDefaultNamespace(`<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="R"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`)).toBe(
      `<?xml version="1.0"?>\n<worksheet xmlns:x="${MAIN}" xmlns:r="R" xmlns="${MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`,
    );
    expect(withDefaultNamespace(`\uFEFF<!-- c --><s:sst xmlns:s='${MAIN}'/>`)).toBe(`\uFEFF<!-- c --><sst xmlns:s='${MAIN}' xmlns='${MAIN}'/>`);
  });

  it('leaves alone a document without a prefixed root, or whose root already has a default namespace or no declaration', () => {
    for (const xml of [
      `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
      `<x:worksheet xmlns="${MAIN}" xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`,
      '<x:worksheet><x:sheetData/></x:worksheet>',
      '',
    ]) {
      expect(withDefaultNamespace(xml)).toBe(xml);
    }
  });

  it('renames only elements of that prefix, never text or other prefixes', () => {
    const xml = `<x:sst xmlns:x="${MAIN}" xmlns:mc="M"><x:si><x:t>a &lt;x:b&gt; c</x:t></x:si><mc:AlternateContent/></x:sst>`;
    expect(withDefaultNamespace(xml)).toBe(`<sst xmlns:x="${MAIN}" xmlns:mc="M" xmlns="${MAIN}"><si><t>a &lt;x:b&gt; c</t></si><mc:AlternateContent/></sst>`);
  });
});

describe('a census written with prefixes', () => {
  it('reads as the same workbook, is repaired and recomputed as it, then has nothing left to do', async () => {
    const plain = await buildWorkbook(filledCensus());
    const withPrefixes = prefixed(plain);
    expect(strFromU8(unzipSync(withPrefixes)['xl/workbook.xml'])).toContain('<x:sheets>');
    const snapshot = readSnapshot(withPrefixes);
    expect(snapshot).toEqual(readSnapshot(plain));
    expect(recognise(snapshot).kind).toBe('recensement');

    const repaired = applyPlan(withPrefixes, planRepair(snapshot));
    const recomputed = applyPlan(repaired, planRecompute(readSnapshot(repaired)));
    const plainRepaired = applyPlan(plain, planRepair(readSnapshot(plain)));
    const plainRecomputed = applyPlan(plainRepaired, planRecompute(readSnapshot(plainRepaired)));
    const cells = (bytes: Uint8Array) => readSnapshot(bytes).sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas }));
    expect(cells(recomputed)).toEqual(cells(plainRecomputed));
    expect(planRecompute(readSnapshot(recomputed)).edits).toEqual([]);
    expect(planRepair(readSnapshot(recomputed)).edits).toEqual([]);
  });
});
