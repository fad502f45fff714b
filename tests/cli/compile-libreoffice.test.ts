/**
 * The results compile and programme write beside their formulas (for readers that do not
 * recalculate) are what LibreOffice computes when it recalculates the same workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { filledCensus, filledProgramme } from '../fixtures/generate';
import { fill } from '../fixtures/transforms';
import { censusOf, gtDecisionsDocumentUnique } from '../fixtures/gt-decisions';
import { duerp } from '../helpers/cli';
import { convert, libreOfficeRequired, sofficePath } from '../helpers/libreoffice';

const available = sofficePath() !== null;
if (!available && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = available ? describe : describe.skip;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-compile-lo-'));
const at = (name: string) => path.join(dir, name);
const read = (file: string) => readSnapshot(new Uint8Array(fs.readFileSync(file)));

/** Every formula cell of the sheets: [sheet!cell, our cached result, LibreOffice's]. */
function formulaResults(ours: WorkbookSnapshot, theirs: WorkbookSnapshot, sheets: string[]) {
  return sheets.flatMap((name) => {
    const a = ours.sheets.find((s) => s.name === name)!;
    const b = theirs.sheets.find((s) => s.name === name)!;
    return a.formulas.flatMap((line, r) => line.flatMap((f, c) => (f ? [[`${name}!${r + 1}:${c + 1}`, a.values[r][c] ?? '', b.values[r]?.[c] ?? '']] : [])));
  });
}

maybe('LibreOffice computes what compile and programme wrote as results', () => {
  beforeAll(async () => {
    fs.writeFileSync(at('rec-a.xlsx'), await buildWorkbook(filledCensus()));
    fs.writeFileSync(at('rec-b.xlsx'), await buildWorkbook(censusOf('CDIF Lille', 'DGI')));
    fs.writeFileSync(at('du-gt.xlsx'), await buildWorkbook(gtDecisionsDocumentUnique()));
    // Costs, deadlines and services typed (one service in other case) so that every summary sum has something to add.
    fs.writeFileSync(at('prog.xlsx'), await buildWorkbook(fill(filledProgramme(), 'Programme', { I10: 300, I11: 250, J11: 46650, K11: 'service rh' })));
  });

  it('on the compiled DU: index letters and totals', async () => {
    expect((await duerp('compile', at('rec-a.xlsx'), at('rec-b.xlsx'), '-o', at('du.xlsx'))).code).toBe(0);
    const results = formulaResults(read(at('du.xlsx')), read(convert(at('du.xlsx'), 'xlsx', 'xlsx')), ['Identification', 'Statistiques', 'Hiérarchisation']);
    expect(results.length).toBeGreaterThan(30);
    expect(results.filter(([, ours, lo]) => JSON.stringify(ours) !== JSON.stringify(lo))).toEqual([]);
    expect(results).toContainEqual(['Statistiques!19:2', 50, 50]);
  }, 120_000);

  it('on the programme’s summary block', async () => {
    expect((await duerp('programme', at('du-gt.xlsx'), '--into', at('prog.xlsx'), '-o', at('programme.xlsx'))).code).toBe(0);
    const results = formulaResults(read(at('programme.xlsx')), read(convert(at('programme.xlsx'), 'xlsx', 'xlsx')), ['Programme']);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.filter(([, ours, lo]) => JSON.stringify(ours) !== JSON.stringify(lo))).toEqual([]);
    expect(results.some(([, ours]) => typeof ours === 'number' && ours > 0)).toBe(true);
  }, 120_000);
});
