/** Images, charts, comments and macros come out of repair and recompute intact. */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { filledCensus } from '../fixtures/generate';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { fromBytes, toBytes } from '../helpers/exceljs';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const CHART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);

async function richMacroWorkbook(): Promise<Uint8Array> {
  const wb = await fromBytes(await buildWorkbook(filledCensus()));
  const grid = wb.getWorksheet('Grille de recensement')!;
  const logo = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  grid.addImage(logo, 'N2:O4');
  grid.getCell('B9').note = 'Vérifié par le GT le 12/03/2026';
  const parts = unzipSync(await toBytes(wb));
  parts['xl/charts/chart1.xml'] = strToU8(CHART);
  parts['xl/vbaProject.bin'] = VBA;
  let types = new TextDecoder().decode(parts['[Content_Types].xml']);
  types = types
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>');
  parts['[Content_Types].xml'] = strToU8(types);
  let rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels']);
  rels = rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  parts['xl/_rels/workbook.xml.rels'] = strToU8(rels);
  return zipSync(parts);
}

describe('lossless patching', () => {
  it('gives back images, chart, comments, macros and their relationships byte for byte', async () => {
    const input = await richMacroWorkbook();
    const repaired = applyPlan(input, planRepair(readSnapshot(input)));
    const output = applyPlan(repaired, planRecompute(readSnapshot(repaired)));
    const before = unzipSync(input);
    const after = unzipSync(output);
    const mayChange = new Set(['xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
    const gridPath = 'xl/worksheets/sheet2.xml';
    const preserved = Object.keys(before).filter((p) => !mayChange.has(p) && p !== gridPath && p !== 'xl/worksheets/sheet1.xml');
    expect(preserved).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/charts/chart1.xml', 'xl/vbaProject.bin', 'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml']));
    for (const p of preserved) expect({ p, same: Buffer.from(before[p]).equals(Buffer.from(after[p] ?? new Uint8Array())) }).toEqual({ p, same: true });
    const grid = new TextDecoder().decode(after[gridPath]);
    expect(grid).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(grid).toMatch(/<legacyDrawing r:id="[^"]+"\/>/);
    // Elements keep the schema's order: validations and colours before the drawing.
    expect(grid.indexOf('<conditionalFormatting')).toBeLessThan(grid.indexOf('<dataValidations'));
    expect(grid.indexOf('<dataValidations')).toBeLessThan(grid.indexOf('<drawing'));
    const types = new TextDecoder().decode(after['[Content_Types].xml']);
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(new TextDecoder().decode(after['xl/_rels/workbook.xml.rels'])).toContain('vbaProject.bin');
  });

  it('is still read by ExcelJS, image and note included', async () => {
    const input = await richMacroWorkbook();
    const output = applyPlan(input, planRepair(readSnapshot(input)));
    const wb = await fromBytes(output);
    const grid = wb.getWorksheet('Grille de recensement')!;
    expect(grid.getImages()).toHaveLength(1);
    expect(grid.getCell('B9').note).toBeDefined();
    expect((grid.getCell('A9').value as { result: unknown }).result).toBe('SIP Nord');
  });
});
