import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import type { Plan } from '../../src/domain/plans/plan';
import { fromBytes, toBytes } from '../helpers/exceljs';

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const grid = wb.addWorksheet('Grille de recensement');
  grid.getCell('A1').value = 'Nom du rédacteur';
  grid.getCell('B1').value = { formula: '#REF!', result: { error: '#REF!' } } as ExcelJS.CellValue;
  grid.getCell('A3').value = 'Gravité';
  grid.getCell('A4').value = 3;
  grid.getCell('A5').value = ' 4 ';
  grid.getCell('A4').font = { bold: true };
  grid.getCell('C4').value = { formula: 'A4*2', result: 6 };
  grid.getCell('C5').value = { sharedFormula: 'C4', result: 0 } as ExcelJS.CellValue;
  grid.getCell('D4').value = true;
  grid.getCell('E4').value = 'R&D <test>';
  grid.mergeCells('A7:C7');
  grid.getCell('B10').dataValidation = { type: 'list', allowBlank: true, formulae: ['"oui,non"'] };
  const hidden = wb.addWorksheet('Cachée', { state: 'hidden' });
  hidden.getCell('A1').value = 'x';
  wb.definedNames.add("'Cachée'!$A$1", 'MonNom');
  return toBytes(wb);
}

describe('readSnapshot', () => {
  it('reads values, errors, formulas (shared ones expanded), merges, validations, names and visibility', async () => {
    const s = readSnapshot(await sample());
    const grid = s.sheets[0];
    expect(s.sheets.map((x) => [x.name, x.visibility])).toEqual([['Grille de recensement', 'visible'], ['Cachée', 'hidden']]);
    expect(grid.values[0]).toEqual(['Nom du rédacteur', { error: '#REF!' }]);
    expect(grid.formulas[0][1]).toBe('=#REF!');
    expect(grid.values[3].slice(0, 5)).toEqual([3, null, 6, true, 'R&D <test>']);
    expect(grid.values[4][0]).toBe(' 4 ');
    expect(grid.formulas[3][2]).toBe('=A4*2');
    expect(grid.formulas[4][2]).toBe('=A5*2');
    expect(grid.merges).toEqual(['A7:C7']);
    expect(grid.validations).toEqual([{ range: 'B10', type: 'list', formula1: '"oui,non"' }]);
    expect(s.names).toEqual([{ name: 'MonNom', ref: "'Cachée'!$A$1" }]);
  });

  it('skips rows that only carry a format, even down to the last row of the sheet', async () => {
    const parts = unzipSync(await sample());
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(xml.replace('</sheetData>', '<row r="1048576" s="1" customFormat="1"/></sheetData>'));
    const s = readSnapshot(zipSync(parts));
    expect(s.sheets[0].values.length).toBeLessThan(100);
  });

  it('refuses bytes that are not a workbook, in French', () => {
    expect(() => readSnapshot(new Uint8Array([1, 2, 3, 4]))).toThrow(/n'est pas une archive .xlsx valide/);
  });
});

describe('applyPlan', () => {
  const plan: Plan = {
    command: 'test',
    edits: [
      { kind: 'sheet', sheet: 'Catalogues DUERP', visibility: 'visible', reason: '' },
      { kind: 'value', sheet: 'Catalogues DUERP', cell: 'A2', before: null, beforeFormula: null, after: 'C', reason: '' },
      { kind: 'value', sheet: 'Catalogues DUERP', cell: 'B2', before: null, beforeFormula: null, after: 4, reason: '' },
      { kind: 'formula', sheet: 'Grille de recensement', cell: 'B1', before: { error: '#REF!' }, beforeFormula: '=#REF!', formula: '=IF(A4="","",A4)', result: 3, reason: '' },
      { kind: 'formula', sheet: 'Grille de recensement', cell: 'C4', before: 6, beforeFormula: '=A4*2', formula: '=A4*3', result: 9, reason: '' },
      { kind: 'value', sheet: 'Grille de recensement', cell: 'A4', before: 3, beforeFormula: null, after: 2, reason: '' },
      { kind: 'value', sheet: 'Grille de recensement', cell: 'F20', before: null, beforeFormula: null, after: 'nouveau', reason: '' },
      { kind: 'name', name: 'DUERP_Test', ref: "'Catalogues DUERP'!$A$2:$A$3", before: null, reason: '' },
      { kind: 'validation', sheet: 'Grille de recensement', range: 'A4:A20', list: '=DUERP_Test', reason: '' },
      { kind: 'conditionalFormat', sheet: 'Grille de recensement', range: 'C4:C20', rules: [{ equals: 'A', fill: '#C00000', font: '#FFFFFF' }, { equals: 'B', fill: '#FFA500', font: '#000000' }], reason: '' },
    ],
  };

  it('writes what the plan says, readable by ExcelJS, keeping styles and the shared formula’s child', async () => {
    const input = await sample();
    const out = applyPlan(input, plan);
    const wb = await fromBytes(out);
    const grid = wb.getWorksheet('Grille de recensement')!;
    expect(grid.getCell('B1').value).toEqual({ formula: 'IF(A4="","",A4)', result: 3 });
    expect(grid.getCell('C4').value).toEqual({ formula: 'A4*3', result: 9 });
    expect((grid.getCell('C5').value as { formula: string }).formula).toBe('A5*2');
    expect(grid.getCell('A4').value).toBe(2);
    expect(grid.getCell('A4').font?.bold).toBe(true);
    expect(grid.getCell('F20').value).toBe('nouveau');
    expect(grid.getCell('A10').dataValidation).toMatchObject({ type: 'list', formulae: ['DUERP_Test'] });
    expect(wb.getWorksheet('Catalogues DUERP')!.getCell('B2').value).toBe(4);
    expect(wb.definedNames.getRanges('DUERP_Test').ranges).toEqual(["'Catalogues DUERP'!$A$2:$A$3"]);
  });

  it('is read back by our reader with everything in place', async () => {
    const s = readSnapshot(applyPlan(await sample(), plan));
    const grid = s.sheets.find((x) => x.name === 'Grille de recensement')!;
    expect(grid.conditionalFormats).toEqual([{ range: 'C4:C20', formulas: ['"A"', '"B"'] }]);
    expect(grid.validations).toContainEqual({ range: 'A4:A20', type: 'list', formula1: '=DUERP_Test' });
    expect(grid.values[19][5]).toBe('nouveau');
    expect(s.names).toContainEqual({ name: 'DUERP_Test', ref: "'Catalogues DUERP'!$A$2:$A$3" });
    expect(s.sheets.map((x) => x.name)).toEqual(['Grille de recensement', 'Cachée', 'Catalogues DUERP']);
  });

  it('copies untouched parts byte for byte and asks Excel to recalculate', async () => {
    const input = await sample();
    const before = unzipSync(input);
    const after = unzipSync(applyPlan(input, plan));
    const touched = new Set(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
    for (const [name, bytes] of Object.entries(before)) {
      if (touched.has(name) || name === 'xl/calcChain.xml') continue;
      expect({ name, same: Buffer.compare(Buffer.from(bytes), Buffer.from(after[name])) === 0 }).toEqual({ name, same: true });
    }
    expect(new TextDecoder().decode(after['xl/workbook.xml'])).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('returns the input itself for an empty plan', async () => {
    const input = await sample();
    expect(applyPlan(input, { command: 'x', edits: [] })).toBe(input);
  });
});
