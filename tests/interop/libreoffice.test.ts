/** A recomputed workbook opened by LibreOffice: the live formulas compute the matrix's letters, the lists survive. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import { RISK_MATRIX } from '../../src/domain/catalogue/scales';
import { readRating } from '../../src/domain/method/rating';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { CENSUS_RISKS, filledCensus } from '../fixtures/generate';
import { convert, libreOfficeRequired, sheetCsv, sofficePath } from '../helpers/libreoffice';

const available = sofficePath() !== null;
if (!available && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = available ? describe : describe.skip;

maybe('LibreOffice reads what we write', () => {
  let file: string;

  beforeAll(async () => {
    // Ratings typed as text ("3", " 4 ", "3,0") to prove the live formula reads them as the core does.
    const bytes = await buildWorkbook(filledCensus({ textRatings: true }));
    const snapshot = readSnapshot(bytes);
    const repair = planRepair(snapshot);
    const recompute = planRecompute(applyPlanToSnapshot(snapshot, repair));
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-lo-')), 'recensement.xlsx');
    fs.writeFileSync(file, applyPlan(applyPlan(bytes, repair), recompute));
  }, 60_000);

  it('computes every index with the matrix, and the repaired links', () => {
    const rows = sheetCsv(file, 2); // Grille de recensement
    CENSUS_RISKS.forEach((risk, i) => {
      const line = rows[8 + i]; // row 9 onwards
      const g = readRating(risk[6] as number);
      const f = readRating(risk[7] as number);
      if (!g.ok || !f.ok) throw new Error('fixture');
      expect({ row: 9 + i, index: line[9] }).toEqual({ row: 9 + i, index: RISK_MATRIX[g.rating - 1][f.rating - 1] });
      expect(line[0]).toBe('SIP Nord');
    });
    expect(rows[3][1]).toBe('Mme Martin'); // B4, Nom du rédacteur → the information sheet
    expect(rows[20][9]).toBe(''); // row 21, an empty template row, shows no index
  }, 120_000);

  it('keeps the dropdown lists and the names they use', () => {
    const back = readSnapshot(fs.readFileSync(convert(file, 'xlsx', 'xlsx')));
    const grid = back.sheets.find((s) => s.name === 'Grille de recensement')!;
    const lists = grid.validations.filter((v) => v.type === 'list').map((v) => v.formula1.replace(/^=/, ''));
    expect(lists).toEqual(expect.arrayContaining(['DUERP_Familles', 'DUERP_Unites', 'DUERP_Echelle', 'DUERP_TypesAction']));
    expect(back.names.find((n) => n.name === 'DUERP_Familles')?.ref).toMatch(/Catalogues DUERP'?!\$A\$2:\$A\$27/);
  }, 120_000);
});
