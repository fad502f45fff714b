/** duerp recompute --residuel: adds the residual columns once; recompute without it leaves a workbook without them alone. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hasResidualColumns } from '../../src/domain/plans/residual';
import { recognise } from '../../src/domain/workbook/recognise';
import { cellValue, findSheet } from '../../src/domain/workbook/snapshot';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledDocumentUnique } from '../fixtures/generate';
import { duerp } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-residuel-cli-'));
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  fs.writeFileSync(at('du.xlsx'), await buildWorkbook(filledDocumentUnique({ broken: false })));
});

describe('duerp recompute --residuel', () => {
  it('adds the three columns with their titles and formulas; a second run changes nothing', async () => {
    const r = await duerp('recompute', at('du.xlsx'), '-o', at('du-residuel.xlsx'), '--residuel', '--json');
    expect(r.code).toBe(0);
    const changes = JSON.parse(r.stdout).changes as { sheet: string; cell: string; after: unknown }[];
    expect(changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Hiérarchisation', cell: 'O7', after: 'Gravité résiduelle' }),
      expect.objectContaining({ sheet: 'Hiérarchisation', cell: 'P7', after: 'Fréquence résiduelle' }),
      expect.objectContaining({ sheet: 'Hiérarchisation', cell: 'Q7', after: 'Indice résiduel' }),
      expect.objectContaining({ sheet: 'Hiérarchisation', cell: 'Q8', after: expect.stringContaining('DUERP_Matrice') }),
    ]));
    const back = readSnapshot(fs.readFileSync(at('du-residuel.xlsx')));
    expect(hasResidualColumns(recognise(back))).toBe(true);
    expect(cellValue(findSheet(back, 'Hiérarchisation')!, 7, 16)).toBe('Fréquence résiduelle');

    const again = await duerp('recompute', at('du-residuel.xlsx'), '-o', at('du-residuel-2.xlsx'), '--residuel', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });

  it('without --residuel, recompute adds no residual column', async () => {
    const r = await duerp('recompute', at('du.xlsx'), '-o', at('du-sans.xlsx'), '--json');
    expect(r.code).toBe(0);
    expect(hasResidualColumns(recognise(readSnapshot(fs.readFileSync(at('du-sans.xlsx')))))).toBe(false);
  });

  it('is refused on repair (only recompute knows it)', async () => {
    const r = await duerp('repair', at('du.xlsx'), '-o', at('du-repare.xlsx'), '--residuel');
    expect(r.code).toBe(2);
  });
});
