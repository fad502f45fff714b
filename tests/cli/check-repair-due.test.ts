/** duerp check --programme insists on a programme; duerp recompute says when repair is due first. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { repairDue } from '../../src/domain/plans/repair';
import { parseA1 } from '../../src/domain/workbook/address';
import { recognise } from '../../src/domain/workbook/recognise';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../fixtures/generate';
import { libreOfficeSaved } from '../fixtures/libreoffice-saved';
import { duerp } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-check-due-'));
const at = (name: string) => path.join(dir, name);
const REPAIR_FIRST = 'Des champs sont cassés (#REF!) : lancez d’abord « duerp repair ».';

beforeAll(async () => {
  fs.writeFileSync(at('recensement.xlsx'), await buildWorkbook(filledCensus()));
  fs.writeFileSync(at('recensement-lo.xlsx'), await buildWorkbook(libreOfficeSaved(filledCensus())));
  fs.writeFileSync(at('du.xlsx'), await buildWorkbook(filledDocumentUnique()));
  fs.writeFileSync(at('programme.xlsx'), await buildWorkbook(filledProgramme()));
  fs.writeFileSync(at('budget.xlsx'), await buildWorkbook({ sheets: [{ name: 'Budget', cells: new Map([['A1', { value: 'Dépenses' }]]), merges: [], widths: {} }] }));
});

describe('duerp check DU --programme X', () => {
  it.each([
    ['recensement.xlsx', /« .*recensement\.xlsx », donné avec --programme, est un outil de recensement, pas un programme annuel de prévention\./],
    ['du.xlsx', /« .*du\.xlsx », donné avec --programme, est un document unique, pas un programme annuel de prévention\./],
    ['budget.xlsx', /n'est ni un outil de recensement, ni un document unique, ni un programme/],
  ])('exits 2 with one French sentence when X (%s) is not a programme', async (file, message) => {
    const r = await duerp('check', at('du.xlsx'), '--programme', at(file), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('checks against X when it is a programme', async () => {
    const r = await duerp('check', at('du.xlsx'), '--programme', at('programme.xlsx'), '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.some((f: { rule: string }) => f.rule === 'risque-a-sans-action')).toBe(false);
  });
});

describe('duerp recompute on a workbook with broken fields', () => {
  it.each(['recensement.xlsx', 'recensement-lo.xlsx'])('writes the recompute but says repair is due first (%s)', async (file) => {
    const out = at(`recalcule-${file}`);
    const r = await duerp('recompute', at(file), '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe(REPAIR_FIRST);
    expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(0);
    // Written: the indices are live formulas, the header fields still broken.
    const written = readSnapshot(fs.readFileSync(out));
    const rec = recognise(written);
    const table = rec.tables.find((t) => t.table === 'risques')!;
    const grid = written.sheets.find((s) => s.name === table.sheet)!;
    const { row, col } = parseA1(`${table.columns.indice}${table.firstRow}`);
    expect(grid.formulas[row - 1][col - 1]).toMatch(/DUERP_Matrice/);
    expect(repairDue(written, rec)).toBeGreaterThan(0);
  });

  it('says nothing once repaired, and the repaired and recomputed copy has no broken field', async () => {
    expect((await duerp('repair', at('recensement-lo.xlsx'), '-o', at('repare.xlsx'))).code).toBe(0);
    const r = await duerp('recompute', at('repare.xlsx'), '-o', at('propre.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(recognise(readSnapshot(fs.readFileSync(at('propre.xlsx')))).refErrors).toBe(0);
    const check = JSON.parse((await duerp('check', at('propre.xlsx'), '--json')).stdout);
    expect(check.findings.filter((f: { rule: string }) => f.rule === 'ref-erreurs' || f.rule === 'valeurs-erreur')).toEqual([]);
    expect(check.summary.errors).toBe(0);
  });
});
