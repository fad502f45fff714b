/**
 * The DU of today (DGFiP, CSA and F-SSCT) through the command line: repair, recompute, check
 * exits 0 and names no body of another time; a second recompute changes nothing (cells and
 * custom properties alike).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { csaDocumentUniqueBytes } from '../../fixtures/csa';
import { duerp } from '../../helpers/cli';

let dir: string;
const at = (n: string) => path.join(dir, n);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bodies-'));
  fs.writeFileSync(at('du-csa.xlsx'), await csaDocumentUniqueBytes());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('repair, recompute, check: exit 0, the record in the properties, a second recompute plans nothing', async () => {
  expect((await duerp('repair', at('du-csa.xlsx'), '-o', at('repare.xlsx'))).code).toBe(0);
  const r = await duerp('recompute', at('repare.xlsx'), '-o', at('recalcule.xlsx'));
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('DUERP_Instances = CSA / F-SSCT');
  expect(readSnapshot(fs.readFileSync(at('recalcule.xlsx'))).properties).toMatchObject({ DUERP_Version: '1', DUERP_Avis: 'Favorable (04/11/2026)' });

  const again = await duerp('recompute', at('recalcule.xlsx'), '-o', at('encore.xlsx'), '--json');
  expect(JSON.parse(again.stdout).changes.filter((c: { kind: string }) => c.kind === 'property')).toEqual([]);

  const check = await duerp('check', at('recalcule.xlsx'), '--json');
  expect(check.code).toBe(0);
  const { findings } = JSON.parse(check.stdout) as { findings: { rule: string; message: string }[] };
  expect(findings.filter((f) => /ctp-avant-chs|avis-consigne|champs-entete|identification-direction/.test(f.rule))).toEqual([]);
  for (const f of findings) expect(f.message).not.toMatch(/\b(CTP|CHS|CHSCT)\b/);
});
