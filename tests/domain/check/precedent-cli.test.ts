/** `duerp check DU --precedent OLD_DU` through the command line. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook } from '../../../src/xlsx/build-workbook';
import { filledCensus } from '../../fixtures/generate';
import { currentDocumentUnique, previousDocumentUnique, programmeFor, ROW } from '../../fixtures/precedent';
import { duerp } from '../../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-precedent-'));
const at = (name: string) => path.join(dir, name);
const RULE = 'risque-intolerable-ancien';

beforeAll(async () => {
  fs.writeFileSync(at('du-2025.xlsx'), await buildWorkbook(previousDocumentUnique()));
  fs.writeFileSync(at('du-2026.xlsx'), await buildWorkbook(currentDocumentUnique()));
  fs.writeFileSync(at('programme.xlsx'), await buildWorkbook(programmeFor()));
  fs.writeFileSync(at('programme-sans-rps.xlsx'), await buildWorkbook(programmeFor({ withoutRps: true })));
  fs.writeFileSync(at('recensement.xlsx'), await buildWorkbook(filledCensus()));
  fs.writeFileSync(at('texte.xlsx'), 'pas un classeur');
});

const ofRule = (stdout: string) => (JSON.parse(stdout).findings as { rule: string; cell: string; severity: string }[]).filter((f) => f.rule === RULE);

describe('duerp check --precedent', () => {
  it('warns about the A risk already A last year with nothing programmed (JSON)', async () => {
    const r = await duerp('check', at('du-2026.xlsx'), '--precedent', at('du-2025.xlsx'), '--json');
    expect([0, 1]).toContain(r.code);
    expect(ofRule(r.stdout)).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Hiérarchisation', cell: `J${ROW.rps}` })]);
  });

  it('says it in French in the text output', async () => {
    const r = await duerp('check', at('du-2026.xlsx'), '--precedent', at('du-2025.xlsx'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}\\[avertissement\\] J${ROW.rps} : Risque intolérable depuis au moins un an`, 'm'));
  });

  it('is silent without --precedent, and when the programme has the action', async () => {
    expect(ofRule((await duerp('check', at('du-2026.xlsx'), '--json')).stdout)).toEqual([]);
    const withProgramme = await duerp('check', at('du-2026.xlsx'), '--precedent', at('du-2025.xlsx'), '--programme', at('programme.xlsx'), '--json');
    expect(ofRule(withProgramme.stdout)).toEqual([]);
    const without = await duerp('check', at('du-2026.xlsx'), '--precedent', at('du-2025.xlsx'), '--programme', at('programme-sans-rps.xlsx'), '--json');
    expect(ofRule(without.stdout).map((f) => f.cell)).toEqual([`J${ROW.rps}`]);
  });

  it.each([
    ['recensement.xlsx', /^« .*recensement\.xlsx », donné avec --precedent, est un outil de recensement, pas un document unique\.$/],
    ['programme.xlsx', /^« .*programme\.xlsx », donné avec --precedent, est un programme annuel de prévention, pas un document unique\.$/],
    ['texte.xlsx', /texte\.xlsx/],
  ])('exits 2 with one French sentence when OLD_DU (%s) is not a document unique', async (file, message) => {
    const r = await duerp('check', at('du-2026.xlsx'), '--precedent', at(file), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('exits 2 when OLD_DU does not exist', async () => {
    const r = await duerp('check', at('du-2026.xlsx'), '--precedent', at('absent.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
