import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { recognise } from '../../src/domain/workbook/recognise';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { filledCensus, filledDocumentUnique } from '../fixtures/generate';
import { duerp } from '../helpers/cli';
import { toBytes } from '../helpers/exceljs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-cli-'));
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  fs.writeFileSync(at('recensement.xlsx'), await buildWorkbook(filledCensus()));
  fs.writeFileSync(at('du.xlsx'), await buildWorkbook(filledDocumentUnique()));
  fs.writeFileSync(at('pas-un-classeur.xlsx'), 'bonjour');
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Budget').getCell('A1').value = 'Dépenses';
  fs.writeFileSync(at('budget.xlsx'), await toBytes(other));
});

describe('duerp catalogue', () => {
  it('lists the 26 families as JSON, in the contract’s shape', async () => {
    const r = await duerp('catalogue', 'families', '--json');
    expect(r.code).toBe(0);
    const families = JSON.parse(r.stdout);
    expect(families).toHaveLength(26);
    expect(Object.keys(families[0])).toEqual(expect.arrayContaining(['code', 'abbr', 'title', 'group', 'definition', 'dangers', 'dommages', 'facteurs', 'prevention', 'pistes']));
    expect(Object.keys(families[0].prevention)).toEqual(['organisationnels', 'collectifs', 'individuels', 'humains']);
  });

  it('lists DGDDI’s units with F 51 to F 69 and the marine, air and laboratory units', async () => {
    const r = await duerp('catalogue', 'units', '--direction', 'DGDDI', '--json');
    const codes: string[] = JSON.parse(r.stdout).map((u: { code: string }) => u.code);
    for (let n = 51; n <= 69; n++) expect(codes).toContain(`F ${n}`);
    expect(codes).toEqual(expect.arrayContaining(['MA01', 'MA08', 'AR01', 'LA03']));
    expect(JSON.parse(r.stdout).every((u: { direction: string }) => u.direction === 'DGDDI')).toBe(true);
  });

  it('refuses an unknown direction with exit 2 and a French sentence', async () => {
    const r = await duerp('catalogue', 'units', '--direction', 'DGXYZ', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/La direction « DGXYZ » est inconnue/);
  });
});

describe('duerp inspect', () => {
  it('says what the workbook is and where its parts are', async () => {
    const r = await duerp('inspect', at('recensement.xlsx'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.kind).toBe('recensement');
    expect(j.sheets).toContainEqual({ name: 'Grille de recensement', role: 'grille' });
    expect(j.tables.find((t: { table: string }) => t.table === 'risques')).toMatchObject({ sheet: 'Grille de recensement', headerRow: 8, firstRow: 9, columns: { gravite: 'H', frequence: 'I', indice: 'J' } });
    expect(j.refErrors).toBe(66); // 5 header fields, the line under the title, 30 Site and 30 index formulas
  });

  it.each([
    ['pas-un-classeur.xlsx', /n'est pas (un classeur Excel lisible|une archive \.xlsx valide : ce n'est pas un classeur Excel)/],
    ['budget.xlsx', /ni un outil de recensement, ni un document unique, ni un programme/],
    ['absent.xlsx', /introuvable/],
  ])('exits 2 on %s with one French sentence', async (file, message) => {
    const r = await duerp('inspect', at(file), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('duerp repair and recompute', () => {
  it('repair writes a copy with no #REF!, lists its changes, and never writes its input', async () => {
    const before = fs.readFileSync(at('recensement.xlsx'));
    const r = await duerp('repair', at('recensement.xlsx'), '-o', at('repare.xlsx'), '--json');
    expect(r.code).toBe(0);
    const { changes } = JSON.parse(r.stdout);
    expect(changes.find((c: { cell: string; sheet: string }) => c.sheet === 'Grille de recensement' && c.cell === 'B4')).toMatchObject({ before: '=#REF!', after: expect.stringContaining("'Informations générales'!$C$7") });
    expect(fs.readFileSync(at('recensement.xlsx')).equals(before)).toBe(true);
    expect(recognise(readSnapshot(fs.readFileSync(at('repare.xlsx')))).refErrors).toBe(0);
    const again = await duerp('repair', at('repare.xlsx'), '-o', at('repare2.xlsx'), '--json');
    expect(JSON.parse(again.stdout).changes).toEqual([]);
  });

  it('recompute prints French text without --json', async () => {
    const r = await duerp('recompute', at('recensement.xlsx'), '-o', at('recalcule.xlsx'));
    expect(r.code).toBe(0);
    // The plan in people's words: a headline, one line per risk row with what it will show,
    // the catalogue sheet in one line; never a formula nor a cell-by-cell list.
    expect(r.stdout).toMatch(/^À modifier : 6 lignes de risque, /);
    expect(r.stdout).toMatch(/Grille de recensement ligne \d+ — .* : indice [ABCD]/);
    expect(r.stdout).toMatch(/Feuille « Catalogues DUERP » ajoutée/);
    expect(r.stdout).not.toMatch(/IFERROR|DUERP_Matrice/);
    expect(r.stdout).toMatch(/Classeur écrit : /);
  });

  it('writes nothing when it fails, and refuses to write over its input', async () => {
    const r = await duerp('repair', at('budget.xlsx'), '-o', at('jamais.xlsx'));
    expect(r.code).toBe(2);
    expect(fs.existsSync(at('jamais.xlsx'))).toBe(false);
    const same = await duerp('repair', at('recensement.xlsx'), '-o', at('recensement.xlsx'));
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/aussi un fichier d'entrée/);
  });

  it('exits 2 on bad arguments, in French', async () => {
    expect((await duerp('repair', at('recensement.xlsx'))).stderr).toMatch(/Option obligatoire manquante/);
    const r = await duerp('inspect', at('recensement.xlsx'), '--couleur');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Option inconnue : --couleur/);
    expect((await duerp('voler')).stderr).toMatch(/Commande inconnue/);
  });
});

describe('duerp new, compile, programme, compare', () => {
  it('new writes a working template for each kind', async () => {
    for (const kind of ['recensement', 'document-unique', 'programme']) {
      const r = await duerp('new', kind, '--direction', 'DGDDI', '-o', at(`${kind}-neuf.xlsx`));
      expect(r.code).toBe(0);
      const s = readSnapshot(fs.readFileSync(at(`${kind}-neuf.xlsx`)));
      expect(recognise(s)).toMatchObject({ kind, refErrors: 0 });
      expect(s.names.map((n) => n.name)).toContain('DUERP_Familles');
    }
  });

  it('compile puts the census risks into a document unique, then programme derives the actions', async () => {
    const c = await duerp('compile', at('recensement.xlsx'), '-o', at('du-compile.xlsx'), '--json');
    expect(c.code).toBe(0);
    const du = readSnapshot(fs.readFileSync(at('du-compile.xlsx')));
    const grid = du.sheets.find((s) => s.name === 'Hiérarchisation')!;
    expect(grid.values[7].slice(0, 4)).toEqual(['SIP Nord', 'A 16 - Accueil - Accueil téléphonique', 4, '18 - Risques Psycho-Sociaux (RPS)']);
    const p = await duerp('programme', at('du-compile.xlsx'), '-o', at('programme.xlsx'), '--json');
    expect(p.code).toBe(0);
    const prog = readSnapshot(fs.readFileSync(at('programme.xlsx'))).sheets.find((s) => s.name === 'Programme')!;
    expect(prog.values[8].slice(0, 6)).toEqual([1, 'SIP Nord', 2, '05 - Risques Chimiques (RCHI)', 'Nettoyage des sanitaires', 'A']); // G3 F4: A and G×F 12 ranks first
    expect(prog.values[9].slice(0, 6)).toEqual([2, 'SIP Nord', 4, '18 - Risques Psycho-Sociaux (RPS)', 'Accueil du public au guichet', 'A']);
  });

  it('compile --into completes an existing DU and keeps the GT’s priority', async () => {
    const r = await duerp('compile', at('recensement.xlsx'), '--into', at('du.xlsx'), '-o', at('du-complete.xlsx'), '--json');
    expect(r.code).toBe(0);
    const grid = readSnapshot(fs.readFileSync(at('du-complete.xlsx'))).sheets.find((s) => s.name === 'Hiérarchisation')!;
    expect(grid.values[8][13]).toBe('Priorité 1 (budget 2027)'); // typed by the GT in the input
    const sites = grid.values.slice(7).map((line) => line[0]).filter((v) => v !== null && v !== '');
    expect(sites.filter((v) => v === 'SIP Nord').length).toBeGreaterThan(3); // the census rows joined the DU's own
    expect(fs.existsSync(at('du.xlsx'))).toBe(true);
  });

  it('compare lists what changed between two documents uniques', async () => {
    // du-complete.xlsx is du.xlsx with the census compiled in: of its six risks, the DU already held
    // the three of SIP Nord's first rows, so three are added.
    const r = await duerp('compare', at('du.xlsx'), at('du-complete.xlsx'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['added', 'removed', 'changed']);
    expect(j.added.map((a: { famille: string }) => a.famille.slice(0, 2))).toEqual(['12', '06', '05']);
    expect(j.removed).toEqual([]);
    expect(j.added.every((a: { site: string }) => a.site === 'SIP Nord')).toBe(true);
    const text = await duerp('compare', at('du.xlsx'), at('du-complete.xlsx'));
    expect(text.stdout).toMatch(/^3 risque\(s\) ajouté\(s\), 0 retiré\(s\)/);
  });
});

describe('the bin', () => {
  it('runs as `duerp` from the package (compiled by npm install)', () => {
    execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: path.join(__dirname, '../..') });
    const r = spawnSync('node', [path.join(__dirname, '../../bin/duerp.js'), 'catalogue', 'families', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(26);
    const bad = spawnSync('node', [path.join(__dirname, '../../bin/duerp.js'), 'inspect', at('budget.xlsx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
