import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../fixtures/generate';
import { duerp } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-check-'));
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  fs.writeFileSync(at('recensement-casse.xlsx'), await buildWorkbook(filledCensus()));
  fs.writeFileSync(at('du.xlsx'), await buildWorkbook(filledDocumentUnique()));
  fs.writeFileSync(at('programme.xlsx'), await buildWorkbook(filledProgramme()));
  fs.writeFileSync(at('texte.xlsx'), 'pas un classeur');
  // A census without errors: repaired and recomputed, ratings and headcount consistent.
  await duerp('repair', at('recensement-casse.xlsx'), '-o', at('repare.xlsx'));
  await duerp('recompute', at('repare.xlsx'), '-o', at('propre.xlsx'));
});

describe('duerp check', () => {
  it('exits 1 on errors, listing them grouped by sheet in French, with a summary', async () => {
    const r = await duerp('check', at('recensement-casse.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Feuille « Grille de recensement »$/m);
    expect(r.stdout).toMatch(/^ {2}\[erreur\] B4 : La cellule affiche #REF!.*duerp repair/m);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^\d+ erreurs, \d+ avertissements?, \d+ informations?\.$/);
  });

  it('exits 0 when only warnings and informations remain', async () => {
    const r = await duerp('check', at('propre.xlsx'), '--json');
    const j = JSON.parse(r.stdout);
    expect(j.summary.errors).toBe(0);
    expect(r.code).toBe(0);
    expect(j.summary.warnings + j.summary.infos).toBe(j.findings.length);
  });

  it('prints the contract’s JSON shape', async () => {
    const r = await duerp('check', at('recensement-casse.xlsx'), '--json');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['findings', 'summary']);
    expect(Object.keys(j.summary)).toEqual(['errors', 'warnings', 'infos']);
    for (const f of j.findings) expect(Object.keys(f).sort()).toEqual(['cell', 'message', 'rule', 'severity', 'sheet']);
    expect(j.summary.errors).toBe(j.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('checks the A risks against the programme when given', async () => {
    const without = JSON.parse((await duerp('check', at('du.xlsx'), '--json')).stdout);
    expect(without.findings.some((f: { rule: string }) => f.rule === 'risque-a-sans-action')).toBe(false);
    // The filled programme holds an action for each of the DU's two A risks; an empty one holds none.
    const covered = JSON.parse((await duerp('check', at('du.xlsx'), '--programme', at('programme.xlsx'), '--json')).stdout);
    expect(covered.findings.filter((f: { rule: string }) => f.rule === 'risque-a-sans-action')).toEqual([]);
    await duerp('new', 'programme', '-o', at('programme-vide.xlsx'));
    const empty = JSON.parse((await duerp('check', at('du.xlsx'), '--programme', at('programme-vide.xlsx'), '--json')).stdout);
    expect(empty.findings.filter((f: { rule: string }) => f.rule === 'risque-a-sans-action').map((f: { cell: string }) => f.cell)).toEqual(['D8', 'D13']);
  });

  it('exits 2 with one French sentence on a file that is not a workbook', async () => {
    const r = await duerp('check', at('texte.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/n'est pas (un classeur Excel lisible|une archive \.xlsx valide : ce n'est pas un classeur Excel)/);
  });
});

