/**
 * `duerp archive FILE… -o DIR` and `duerp archive --verifier DIR` (CONTRACT.md, "Archive"):
 * versions named by kind, year and version, never overwritten; registre.csv with its mark and
 * header; the verification names each missing or altered version.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseRegister } from '../../src/domain/archive';
import { allFixtures, fixtureBytes } from '../fixtures/generate';
import { csaDocumentUniqueBytes } from '../fixtures/csa';
import { duerp } from '../helpers/cli';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

let work: string;
let du: string;
let programme: string;
let csa: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-archive-'));
  const byName = (n: string) => allFixtures().find((f) => f.name === n)!;
  du = path.join(work, 'DU SIP Nord.xlsx');
  programme = path.join(work, 'programme.xlsx');
  csa = path.join(work, 'du-dgfip.xlsm');
  fs.writeFileSync(du, await fixtureBytes(byName('document-unique-rempli')));
  fs.writeFileSync(programme, await fixtureBytes(byName('programme-rempli')));
  fs.writeFileSync(csa, await csaDocumentUniqueBytes());
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const dirOf = (name: string) => path.join(work, name);
const register = (dir: string) => fs.readFileSync(path.join(dir, 'registre.csv'));

describe('duerp archive', () => {
  it('archives two files into a new folder, each under its kind, year and version, with its hash in the register', async () => {
    const dir = dirOf('archives-a/service'); // parents created too
    const r = await duerp('archive', du, programme, '-o', dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readdirSync(dir).sort()).toEqual(['document-unique-2026-v1.xlsx', 'programme-2026-v1.xlsx', 'registre.csv']);
    // Copies, byte for byte.
    expect(Buffer.compare(fs.readFileSync(path.join(dir, 'document-unique-2026-v1.xlsx')), fs.readFileSync(du))).toBe(0);
    const bytes = register(dir);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('version;date;fichier;type;annee;source;sha256');
    expect(lines[1]).toBe(`1;${today()};document-unique-2026-v1.xlsx;document-unique;2026;DU SIP Nord.xlsx;${sha(fs.readFileSync(du))}`);
    expect(lines[2]).toBe(`1;${today()};programme-2026-v1.xlsx;programme;2026;programme.xlsx;${sha(fs.readFileSync(programme))}`);
    expect(lines[3]).toBe('');
    expect(r.stdout).toContain('« ');
    expect(r.stdout).toMatch(/archivé sous « document-unique-2026-v1\.xlsx » \(document unique 2026, version 1, SHA-256 [0-9a-f]{64}\)/);

    const v = await duerp('archive', '--verifier', dir);
    expect(v).toMatchObject({ code: 0, stderr: '' });
    expect(v.stdout).toContain('2 versions vérifiées : toutes intactes.');
  });

  it('never overwrites a version: the same workbook again is the next version; the register only grows', async () => {
    const dir = dirOf('archives-b');
    expect((await duerp('archive', du, '-o', dir)).code).toBe(0);
    const first = register(dir);
    const v1 = fs.readFileSync(path.join(dir, 'document-unique-2026-v1.xlsx'));
    const r = await duerp('archive', du, csa, '--json', '-o', dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.archived.map((a: { file: string; version: number; type: string; year: number }) => [a.file, a.version, a.type, a.year])).toEqual([
      ['document-unique-2026-v2.xlsx', 2, 'document-unique', 2026],
      ['document-unique-2026-v3.xlsm', 3, 'document-unique', 2026], // a workbook with macros keeps .xlsm
    ]);
    expect(json.archived[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/); // JSON dates are ISO
    expect(Buffer.compare(fs.readFileSync(path.join(dir, 'document-unique-2026-v1.xlsx')), v1)).toBe(0);
    const now = register(dir);
    expect(Buffer.compare(now.subarray(0, first.length), first)).toBe(0); // appended, never rewritten
    expect(parseRegister(now.toString('utf8')).entries.map((e) => e.fichier)).toEqual(['document-unique-2026-v1.xlsx', 'document-unique-2026-v2.xlsx', 'document-unique-2026-v3.xlsm']);
    expect(now.toString('utf8').match(/\ufeff/g)).toHaveLength(1);
  });

  it('skips a version number whose file was deleted (the register remembers it)', async () => {
    const dir = dirOf('archives-c');
    await duerp('archive', du, du, '-o', dir);
    fs.unlinkSync(path.join(dir, 'document-unique-2026-v2.xlsx'));
    await duerp('archive', du, '-o', dir);
    expect(fs.existsSync(path.join(dir, 'document-unique-2026-v3.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'document-unique-2026-v2.xlsx'))).toBe(false);
  });

  it('writes nothing when one input is not a workbook of the three kinds (exit 2, French)', async () => {
    const dir = dirOf('archives-d');
    const notes = path.join(work, 'notes.xlsx');
    fs.writeFileSync(notes, 'pas un classeur');
    const r = await duerp('archive', du, notes, '-o', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.xlsx');
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses -o naming a file, and a call without -o or without files', async () => {
    expect((await duerp('archive', du, '-o', du)).code).toBe(2);
    const noDir = await duerp('archive', du);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('-o');
    expect((await duerp('archive', '-o', dirOf('archives-e'))).code).toBe(2);
  });
});

describe('duerp archive --verifier', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(work, 'verif-'));
    expect((await duerp('archive', du, programme, '-o', dir)).code).toBe(0);
  });

  it('exit 1 when one byte of an archived file changed, naming it', async () => {
    const file = path.join(dir, 'programme-2026-v1.xlsx');
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    fs.writeFileSync(file, bytes);
    const r = await duerp('archive', '--verifier', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Modifié : « programme-2026-v1.xlsx »');
    expect(r.stdout).not.toContain('document-unique-2026-v1.xlsx');
    expect(r.stdout).toContain('1 version sur 2 est manquante ou modifiée');
  });

  it('exit 1 when an archived file is missing, naming it; --json lists it', async () => {
    fs.unlinkSync(path.join(dir, 'document-unique-2026-v1.xlsx'));
    const r = await duerp('archive', '--verifier', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Manquant : « document-unique-2026-v1.xlsx »');
    const j = await duerp('archive', '--verifier', dir, '--json');
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({ checked: 2, ok: ['programme-2026-v1.xlsx'], missing: ['document-unique-2026-v1.xlsx'], altered: [] });
  });

  it('exit 1 when a line of the register lost its hash', async () => {
    const file = path.join(dir, 'registre.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/;[0-9a-f]{64}\r\n$/, ';\r\n'));
    const r = await duerp('archive', '--verifier', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Ligne 3 du registre illisible/);
  });

  it('names a workbook of the folder the register does not list, without failing', async () => {
    fs.copyFileSync(du, path.join(dir, 'document-unique-2026-v9.xlsx'));
    const r = await duerp('archive', '--verifier', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Non inscrit au registre : « document-unique-2026-v9.xlsx »');
  });

  it('exit 2 when the folder holds no registre.csv, or does not exist', async () => {
    const empty = fs.mkdtempSync(path.join(work, 'vide-'));
    const r = await duerp('archive', '--verifier', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ne contient pas de registre (registre.csv)');
    expect((await duerp('archive', '--verifier', path.join(work, 'absent'))).code).toBe(2);
  });
});
