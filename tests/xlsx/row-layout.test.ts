/** The rows the reader notes while reading a sheet are the ones the patcher would search for itself. */
import type { Plan } from '../../src/domain/plans/plan';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { partBinary, unzipPackage } from '../../src/xlsx/package';
import { rowChunks } from '../../src/xlsx/patch-cells';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { scanCellRanges, sheetDataBounds } from '../../src/xlsx/sheet-xml';
import { minimalWorkbook, sheetXml } from '../fixtures/hostile-packages';

function layoutOf(xml: string): { layout: number[]; chunks: number[] } {
  const data = sheetDataBounds(xml)!;
  const to = data.innerStart + data.inner.length;
  const layout: number[] = [];
  scanCellRanges(xml, data.innerStart, to, () => undefined, layout);
  return { layout, chunks: rowChunks(xml, data.innerStart, to) };
}

const sheet = (rows: string) => `<worksheet><dimension ref="A1"/><sheetData>${rows}</sheetData><rowBreaks count="1"/></worksheet>`;

describe('the row layout noted by the reader', () => {
  it('is rowChunks’s, for rows written in every plain way', () => {
    const fc = jest.requireActual('fast-check') as typeof import('fast-check');
    const cell = fc.constantFrom('<c r="B{r}" t="s"><v>1</v></c>', '<c r="C{r}"/>', '<c><v>2</v></c>', '<c r="D{r}"><f>A1</f><v>3</v></c>', '');
    const rowShape = fc.record({
      gap: fc.integer({ min: 1, max: 3 }),
      numbered: fc.boolean(),
      selfClosing: fc.boolean(),
      spans: fc.boolean(),
      cells: fc.array(cell, { maxLength: 3 }),
      space: fc.constantFrom('', '\n', '\n  '),
    });
    fc.assert(
      fc.property(fc.array(rowShape, { maxLength: 8 }), (shapes) => {
        let row = 0;
        const text = shapes
          .map((s) => {
            row = s.numbered ? row + s.gap : row + 1;
            const attrs = `${s.numbered ? ` r="${row}"` : ''}${s.spans ? ' spans="2:4"' : ''}`;
            const body = s.cells.join('').replace(/\{r\}/g, String(row));
            return `${s.space}${s.selfClosing || !body ? `<row${attrs}/>` : `<row${attrs}>${body}</row>`}`;
          })
          .join('');
        const { layout, chunks } = layoutOf(sheet(text));
        expect(layout).toEqual(chunks);
        expect(layout.length).toBe(shapes.length * 3);
      }),
      { numRuns: 300 },
    );
  });

  it('is left empty where the reader cannot vouch for it, and the patcher then searches', () => {
    const odd = [
      // A cell naming another row, then a row without a number: the reader and rowChunks number it differently.
      '<row r="1"><c r="A5"><v>1</v></c></row><row><c><v>2</v></c></row>',
      // A row number that is not plain digits.
      '<row r=" 2.0"><c r="A2"><v>1</v></c></row>',
      // A row without its end tag, before the next row.
      '<row r="1"><c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>1</v></c></row>',
      // A row tag broken by another tag.
      '<row r="1" <c r="A1"><v>1</v></c></row>',
      // The last row never closed.
      '<row r="1"><c r="A1"><v>1</v></c>',
    ];
    for (const rows of odd) expect(layoutOf(sheet(rows)).layout).toEqual([]);
  });

  it('gives a new shared formula an index no group of the sheet uses, read or searched for', () => {
    // Groups 4 and 6 (the second in single quotes): the new group is 7, whether the reader noted it
    // (the same bytes read first, as the command line does) or the patcher searched the text.
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="4">A1*2</f><v>2</v></c><c r="D1"><f t=\'shared\' ref=\'D1:D2\' si=\'6\'>A1*3</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="4"/><v>4</v></c><c r="D2"><f t="shared" si="6"/><v>6</v></c></row>';
    const input = minimalWorkbook(sheetXml(rows));
    const plan: Plan = {
      command: 'test',
      edits: [1, 2].map((r) => ({ kind: 'formula' as const, sheet: 'Feuil1', cell: `C${r}`, before: null, beforeFormula: null, formula: `=A${r}+1`, result: r + 1, reason: '' })),
    };
    readSnapshot(input);
    expect(partBinary(unzipPackage(input), 'xl/worksheets/sheet1.xml')!.layout?.nextSharedIndex).toBe(7);
    for (const output of [applyPlan(input, plan), applyPlan(input.slice(), plan)]) {
      const text = partBinary(unzipPackage(output), 'xl/worksheets/sheet1.xml')!.text;
      expect(text).toContain('<f t="shared" ref="C1:C2" si="7">A1+1</f>');
      const sheet = readSnapshot(output).sheets[0];
      expect(sheet.formulas.map((line) => line[2])).toEqual(['=A1+1', '=A2+1']);
      expect(sheet.formulas.map((line) => line[3])).toEqual(['=A1*3', '=A2*3']);
    }
  });
});
