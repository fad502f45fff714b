/**
 * LibreOffice computes the formulas we write at scale: every row of a 1,000-row recomputed census,
 * whose index column is written as shared formulas (the Site, naming another sheet, never is).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { RISK_MATRIX } from '../../src/domain/catalogue/scales';
import { CENSUS_TABLE } from '../../src/domain/templates';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { largeCensus } from '../fixtures/generate';
import { libreOfficeRequired, sheetCsv, sofficePath } from '../helpers/libreoffice';

const available = sofficePath() !== null;
if (!available && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = available ? describe : describe.skip;

const ROWS = 1000;

maybe('LibreOffice computes our formulas at scale', () => {
  it('computes the index of every row of a 1,000-row census, and the Site of every row the repair linked', async () => {
    const broken = await buildWorkbook(largeCensus(ROWS));
    const repaired = applyPlan(broken, planRepair(readSnapshot(broken)));
    const bytes = applyPlan(repaired, planRecompute(readSnapshot(repaired)));
    const snapshot = readSnapshot(bytes);
    const index = snapshot.sheets.findIndex((s) => s.name === CENSUS_TABLE.sheet);
    // The index column is shared (it names its lists); the Site (another sheet) never is.
    const parts = unzipSync(bytes);
    const xml = Object.keys(parts)
      .filter((p) => p.startsWith('xl/worksheets/'))
      .map((p) => new TextDecoder().decode(parts[p]))
      .join('');
    const masters = [...xml.matchAll(/<f t="shared" ref="([A-Z]+)\d+:[A-Z]+\d+" si="\d+">([^<]*)<\/f>/g)];
    expect(masters.length).toBeGreaterThanOrEqual(1);
    expect(new Set(masters.map((m) => m[1]))).toEqual(new Set(['J']));
    expect(masters.every((m) => m[2].includes('DUERP_Notes') && !m[2].includes('!'))).toBe(true);
    expect((xml.match(/<f t="shared" si="\d+"\/>/g) ?? []).length).toBeGreaterThan(ROWS * 0.9);

    // Cached results blanked out: what LibreOffice shows, it has computed from the formulas we wrote.
    const blanked = Object.fromEntries(
      Object.entries(parts).map(([p, data]) => [
        p,
        p.startsWith('xl/worksheets/') ? strToU8(new TextDecoder().decode(data).replace(/(<f(?: [^>]*)?(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v>/g, '$1<v>?</v>')) : data,
      ]),
    );
    const blanks = Object.values(blanked).reduce((n, data) => n + (new TextDecoder().decode(data).match(/<v>\?<\/v>/g) ?? []).length, 0);
    expect(blanks).toBeGreaterThan(ROWS);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-lo-shared-')), 'recensement.xlsx');
    fs.writeFileSync(file, zipSync(blanked));
    const rows = sheetCsv(file, index + 1);
    // The repair links the Site of the template's rows; rows added after have none.
    const linked = snapshot.sheets[index].formulas.map((line) => line[0] ?? null);
    expect(linked.filter((f) => f !== null).length).toBeGreaterThan(10);
    for (let i = 0; i < ROWS; i++) {
      const row = CENSUS_TABLE.firstRow + i;
      const line = rows[row - 1];
      // largeCensus: gravity (i % 4) + 1, frequency ⌊i / 4⌋ % 4 + 1.
      const expected = RISK_MATRIX[i % 4][Math.floor(i / 4) % 4];
      const site = linked[row - 1] !== null ? 'SIP Nord' : '';
      expect({ row, index: line[9], site: line[0] }).toEqual({ row, index: expected, site });
    }
  }, 180_000);
});
