/**
 * `duerp archive` as people run it: the package's bin in its own process (compiled into a private
 * folder, as tests/cli/leaks.test.ts does), exit statuses, French on stdout and stderr, nothing
 * left behind when the archive folder cannot be written.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledDocumentUnique, filledProgramme } from '../fixtures/generate';
import { asOrdinaryUser, buildCliInto } from '../helpers/cli';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-archive-process-'));
const bin = path.join(base, 'bin', 'duerp.js');
const work = path.join(base, 'work');
const at = (...names: string[]) => path.join(work, ...names);

function duerp(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });
}

const ordinary = asOrdinaryUser();

beforeAll(async () => {
  buildCliInto(base);
  fs.mkdirSync(work);
  fs.writeFileSync(at('du.xlsx'), await buildWorkbook(filledDocumentUnique()));
  fs.writeFileSync(at('programme.xlsx'), await buildWorkbook(filledProgramme()));
}, 120_000);

afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwX', base]);
  fs.rmSync(base, { recursive: true, force: true });
});

it('archives, verifies (0), names an altered version (1), refuses a folder without register (2)', () => {
  const a = duerp('archive', 'du.xlsx', 'programme.xlsx', '-o', 'archives');
  expect({ status: a.status, stderr: a.stderr }).toEqual({ status: 0, stderr: '' });
  expect(a.stdout).toContain('« du.xlsx » archivé sous « document-unique-2026-v1.xlsx »');
  expect(fs.readFileSync(at('archives', 'registre.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

  expect(duerp('archive', '--verifier', 'archives').status).toBe(0);

  const file = at('archives', 'document-unique-2026-v1.xlsx');
  const bytes = fs.readFileSync(file);
  bytes[100] ^= 0xff;
  fs.writeFileSync(file, bytes);
  const v = duerp('archive', '--verifier', 'archives');
  expect(v.status).toBe(1);
  expect(v.stdout).toContain('Modifié : « document-unique-2026-v1.xlsx »');
  expect(v.stderr).toBe('');

  fs.mkdirSync(at('vide'));
  const e = duerp('archive', '--verifier', 'vide');
  expect(e.status).toBe(2);
  expect(e.stdout).toBe('');
  expect(e.stderr.trim().split('\n')).toHaveLength(1);
  expect(e.stderr).toMatch(/ne contient pas de registre/);
});

(ordinary ? it : it.skip)('a folder it may not write: one French sentence, exit 2, no temporary file left', () => {
  fs.mkdirSync(at('lecture-seule'));
  for (const d of [base, path.join(base, 'bin'), work]) fs.chmodSync(d, 0o755);
  spawnSync('chmod', ['-R', 'a+rX', path.join(base, 'build'), at('du.xlsx')]);
  fs.chmodSync(at('lecture-seule'), 0o555);
  const [cmd, ...rest] = [...ordinary!, process.execPath, bin, 'archive', 'du.xlsx', '-o', 'lecture-seule'];
  const r = spawnSync(cmd, rest, { cwd: work, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/accès refusé/);
  expect(r.stderr).not.toMatch(/EACCES|Error/);
  expect(fs.readdirSync(at('lecture-seule'))).toEqual([]);
});
