import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledCensus } from '../fixtures/generate';
import { censusOf, censusToReview, gtDecisionsDocumentUnique } from '../fixtures/gt-decisions';
import { duerp } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-compile-'));
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  fs.writeFileSync(at('recensement.xlsx'), await buildWorkbook(filledCensus()));
  fs.writeFileSync(at('a-revoir.xlsx'), await buildWorkbook(censusToReview()));
  fs.writeFileSync(at('douane.xlsx'), await buildWorkbook(censusOf('Brigade', 'DGDDI')));
  fs.writeFileSync(at('du-gt.xlsx'), await buildWorkbook(gtDecisionsDocumentUnique()));
});

describe('duerp compile', () => {
  it('writes a DU that passes its own check on the index, and that recompute leaves as it is', async () => {
    expect((await duerp('compile', at('recensement.xlsx'), '-o', at('du.xlsx'))).code).toBe(0);
    const check = await duerp('check', at('du.xlsx'), '--json');
    expect(JSON.parse(check.stdout).findings.filter((f: { rule: string }) => f.rule === 'indice-matrice')).toEqual([]);
    const recompute = await duerp('recompute', at('du.xlsx'), '-o', at('du-recalcule.xlsx'), '--json');
    expect(JSON.parse(recompute.stdout).changes).toEqual([]);
    const again = await duerp('compile', at('recensement.xlsx'), '--into', at('du.xlsx'), '-o', at('du-2.xlsx'), '--json');
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });

  it('says what needs a look on stderr, in French, and still exits 0', async () => {
    const r = await duerp('compile', at('a-revoir.xlsx'), at('douane.xlsx'), '-o', at('du-a-revoir.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/À vérifier — a-revoir\.xlsx, Grille de recensement!H9 : .*gravité à revoir/);
    expect(r.stderr).toMatch(/À vérifier — douane\.xlsx, Informations générales!C3 : Ce recensement est de la DGDDI alors que les autres recensements sont de la DGI/);
    expect(r.stderr).toMatch(/points à vérifier\./);
    expect(r.stdout).toMatch(/Classeur écrit/);
  });

  it('puts warnings beside changes with --json', async () => {
    const r = await duerp('compile', at('a-revoir.xlsx'), '-o', at('du-a-revoir-json.xlsx'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['changes', 'warnings']);
    expect(j.warnings).toContainEqual({ file: 'a-revoir.xlsx', sheet: 'Grille de recensement', cell: 'I10', message: expect.stringMatching(/sans fréquence/) });
    expect(j.warnings.every((w: object) => Object.keys(w).join() === 'file,sheet,cell,message')).toBe(true);
  });
});

describe('duerp programme', () => {
  it('follows the GT’s priority and writes the summary, with warnings beside changes', async () => {
    const r = await duerp('programme', at('du-gt.xlsx'), '-o', at('programme.xlsx'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.warnings).toEqual([]);
    const change = (cell: string) => j.changes.find((c: { sheet: string; cell: string }) => c.sheet === 'Programme' && c.cell === cell)?.after;
    expect([change('D9'), change('D10'), change('D11'), change('L12')]).toEqual([
      "01 - Risques liés à l'Activité Physique (RACP)", '18 - Risques Psycho-Sociaux (RPS)', "09 - Risques Routiers et Conduite d'Engins (RRCE)", 'Non programmé (GT) : Reporté à 2027',
    ]);
    expect(change('C46')).toBe('=SUM(C42:C45)');
    const again = await duerp('programme', at('du-gt.xlsx'), '--into', at('programme.xlsx'), '-o', at('programme-2.xlsx'), '--json');
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });
});
