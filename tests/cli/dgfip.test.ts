/** The DGFiP as a direction like the others, through the command line (CONTRACT: directions of today). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { cellValue, findSheet } from '../../src/domain/workbook/snapshot';
import { CATALOGUE_SHEET } from '../../src/domain/workbook/specs';
import { dgfipCensus, dgfipDocumentUnique } from '../fixtures/dgfip';
import { duerp } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-dgfip-'));
const at = (name: string) => path.join(dir, name);

interface Unit { direction: string; code: string; title: string; scope: string; personnel?: string; derived?: boolean }
interface Finding { rule: string; severity: string; cell: string; message: string }
/** The rows the DGFiP fixtures add (the base fixture's first six rows carry drifted unit labels of their own). */
const ADDED_ROW = 14;
const onAddedRows = (f: Finding) => f.rule !== 'unite-hors-catalogue' || Number(/\d+$/.exec(f.cell)?.[0]) >= ADDED_ROW;

beforeAll(async () => {
  fs.writeFileSync(at('du-dgfip.xlsx'), await buildWorkbook(dgfipDocumentUnique()));
  fs.writeFileSync(at('du-dgfip-f64.xlsx'), await buildWorkbook(dgfipDocumentUnique({ foreignUnit: true })));
  fs.writeFileSync(at('du-dgi.xlsx'), await buildWorkbook(dgfipDocumentUnique({ direction: 'DGI' })));
  fs.writeFileSync(at('rec-dgfip.xlsx'), await buildWorkbook(dgfipCensus('SIP Lille')));
  fs.writeFileSync(at('rec-dgi.xlsx'), await buildWorkbook(dgfipCensus('CDIF Lille', 'DGI')));
  fs.writeFileSync(at('rec-dgcp.xlsx'), await buildWorkbook(dgfipCensus('Trésorerie de Roubaix', 'DGCP - Comptabilité publique')));
  fs.writeFileSync(at('rec-douane.xlsx'), await buildWorkbook(dgfipCensus('Brigade de Lille', 'DGDDI')));
});

describe('duerp catalogue units --direction DGFiP', () => {
  it('lists the union of the DGI’s and the DGCP’s units, each common unit once, all marked derived', async () => {
    const r = await duerp('catalogue', 'units', '--direction', 'DGFiP', '--json');
    expect(r.code).toBe(0);
    const units: Unit[] = JSON.parse(r.stdout);
    const codes = units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c === 'A 00')).toHaveLength(1);
    expect(codes).toEqual(expect.arrayContaining(['A 02', 'A 30', 'B 51', 'B 60', 'C 51', 'C 58']));
    expect(codes.indexOf('B 60')).toBeLessThan(codes.indexOf('C 51'));
    expect(codes.some((c) => /^[DEFG] |^MA|^AR|^LA/.test(c))).toBe(false);
    expect(units).toHaveLength(49);
    expect(units.every((u) => u.direction === 'DGFiP' && u.derived === true)).toBe(true);
  });

  it('takes the direction in any case, and the guide’s lists carry no derived flag', async () => {
    const lower = JSON.parse((await duerp('catalogue', 'units', '--direction', 'dgfip', '--json')).stdout) as Unit[];
    expect(lower).toHaveLength(49);
    const dgi = JSON.parse((await duerp('catalogue', 'units', '--direction', 'DGI', '--json')).stdout) as Unit[];
    expect(dgi.some((u) => 'derived' in u)).toBe(false);
    const dpaep = JSON.parse((await duerp('catalogue', 'units', '--direction', 'DPAEP', '--json')).stdout) as Unit[];
    expect(dpaep.every((u) => u.derived === true)).toBe(true);
  });

  it('names the DGFiP among the directions when one is unknown', async () => {
    const r = await duerp('catalogue', 'units', '--direction', 'DGFP');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DPAEP, DGFiP\.$/m);
  });
});

describe('duerp new … --direction DGFiP', () => {
  it('writes a DU naming the DGFiP, whose catalogue sheet lists its units and the DGFiP among the directions', async () => {
    const r = await duerp('new', 'document-unique', '--direction', 'DGFiP', '-o', at('neuf.xlsx'));
    expect(r.code).toBe(0);
    const snapshot = readSnapshot(fs.readFileSync(at('neuf.xlsx')));
    const ident = findSheet(snapshot, 'Identification')!;
    expect(cellValue(ident, 3, 3)).toBe('DGFiP');
    const catalogue = findSheet(snapshot, CATALOGUE_SHEET)!;
    const column = (col: number) => catalogue.values.map((row) => row?.[col - 1] ?? null).filter((v) => v !== null);
    expect(column(9)).toEqual(['Directions', 'DGCP', 'DGI', 'DGDDI', 'DGCCRF', 'INSEE', 'DRIRE', 'DPAEP', 'DGFiP']);
    const units = column(3);
    expect(units[0]).toBe('Unités de travail (DGFiP)');
    expect(units).toEqual(expect.arrayContaining(['B 51 - Brigade domaniale', 'C 55 - Huissier du trésor', 'A 30 - Plateau téléphonique']));
    expect(units).toHaveLength(1 + 49);
    const check = JSON.parse((await duerp('check', at('neuf.xlsx'), '--json')).stdout);
    expect(check.findings.filter((f: Finding) => f.rule === 'identification-direction')).toEqual([]);
    // The directions' dropdown reads a name that covers the DGFiP's row.
    const directions = snapshot.names.find((n) => n.name === 'DUERP_Directions')!;
    expect(directions.ref.replace(/'/g, '')).toMatch(/Catalogues DUERP!\$I\$2:\$I\$9$/);
  });

  it('writes a census whose « Dir. Générale » is the DGFiP however it is typed, and whose unit list is the DGFiP’s', async () => {
    const r = await duerp('new', 'recensement', '--direction', 'dgfip', '-o', at('neuf-rec.xlsx'));
    expect(r.code).toBe(0);
    const snapshot = readSnapshot(fs.readFileSync(at('neuf-rec.xlsx')));
    expect(cellValue(findSheet(snapshot, 'Informations générales')!, 3, 3)).toBe('DGFiP');
    expect(cellValue(findSheet(snapshot, CATALOGUE_SHEET)!, 1, 3)).toBe('Unités de travail (DGFiP)');
  });
});

describe('duerp check on a DGFiP workbook', () => {
  it('accepts units of the DGI and of the DGCP, reading the direction from « dgfip - Direction générale des Finances publiques »', async () => {
    const findings: Finding[] = JSON.parse((await duerp('check', at('du-dgfip.xlsx'), '--json')).stdout).findings.filter(onAddedRows);
    expect(findings.filter((f) => f.rule === 'identification-direction' || f.rule === 'unite-hors-catalogue')).toEqual([]);
  });

  it('still points at a unit of another direction, naming the DGFiP', async () => {
    const findings: Finding[] = JSON.parse((await duerp('check', at('du-dgfip-f64.xlsx'), '--json')).stdout).findings.filter(onAddedRows);
    const units = findings.filter((f) => f.rule === 'unite-hors-catalogue');
    expect(units).toHaveLength(1);
    expect(units[0].message).toMatch(/« F 64 - Maître chiens "Explosifs" » n’est pas dans la liste indicative des unités de la DGFiP/);
  });

  it('a DGI workbook does not take the DGCP’s units', async () => {
    const findings: Finding[] = JSON.parse((await duerp('check', at('du-dgi.xlsx'), '--json')).stdout).findings.filter(onAddedRows);
    expect(findings.filter((f) => f.rule === 'unite-hors-catalogue').map((f) => f.message)).toEqual([
      expect.stringMatching(/« C 55 - Huissier du trésor » .* de la DGI/),
    ]);
  });
});

describe('duerp compile into a DGFiP document unique', () => {
  it('takes the DGI’s and the DGCP’s censuses as its own, and warns about another direction’s', async () => {
    const r = await duerp('compile', at('rec-dgfip.xlsx'), at('rec-dgi.xlsx'), at('rec-dgcp.xlsx'), at('rec-douane.xlsx'), '--into', at('du-dgfip.xlsx'), '-o', at('du-compile.xlsx'), '--json');
    expect(r.code).toBe(0);
    const warnings: { file: string; message: string }[] = JSON.parse(r.stdout).warnings;
    const directions = warnings.filter((w) => /Ce recensement est de la|direction générale n’est pas choisie/.test(w.message));
    expect(directions.map((w) => w.file)).toEqual(['rec-douane.xlsx']);
    expect(directions[0].message).toMatch(/est de la DGDDI alors que le document unique est celui de la DGFiP/);
    // Units of the DGI and the DGCP are in the DGFiP's list: no unit warning for them.
    expect(warnings.filter((w) => /n’est pas dans la liste/.test(w.message) && w.file !== 'rec-douane.xlsx')).toEqual([]);
  });

  it('a DGFiP census in a DGI document unique is another direction’s', async () => {
    const r = await duerp('compile', at('rec-dgfip.xlsx'), '--into', at('du-dgi.xlsx'), '-o', at('du-dgi-compile.xlsx'), '--json');
    const warnings: { file: string; message: string }[] = JSON.parse(r.stdout).warnings;
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/Ce recensement est de la DGFiP alors que le document unique est celui de la DGI/));
  });
});

describe('duerp catalogue units, in text', () => {
  it('says when the list printed is ours, not the guide’s', async () => {
    const dgfip = await duerp('catalogue', 'units', '--direction', 'DGFiP');
    expect(dgfip.stdout).toMatch(/^DGFiP {2}B 51 - Brigade domaniale$/m);
    expect(dgfip.stdout.trim().split('\n').pop()).toBe('(DGFiP : liste reconstituée à partir de celles du guide, qui n’en donne pas.)');
    const dgi = await duerp('catalogue', 'units', '--direction', 'DGI');
    expect(dgi.stdout).not.toMatch(/reconstituée/);
    const ddi = await duerp('catalogue', 'units', '--direction', 'DGDDI');
    expect(ddi.stdout).toMatch(/^DGDDI {2}AR06$/m); // no title in the guide, none invented
  });
});

describe('duerp compile without a direction in the DU', () => {
  it('one DGFiP census among DGI and DGCP ones makes them all the DGFiP’s: no direction warning', async () => {
    fs.writeFileSync(at('du-vierge.xlsx'), await buildWorkbook(dgfipDocumentUnique({ direction: 'Sélectionner la Direction concernée…' })));
    const r = await duerp('compile', at('rec-dgi.xlsx'), at('rec-dgcp.xlsx'), at('rec-dgfip.xlsx'), '--into', at('du-vierge.xlsx'), '-o', at('du-vierge-compile.xlsx'), '--json');
    expect(r.code).toBe(0);
    const warnings: { file: string; message: string }[] = JSON.parse(r.stdout).warnings;
    expect(warnings.filter((w) => /Ce recensement est de la/.test(w.message))).toEqual([]);
  });

  it('a DGCP census among DGI ones, with no DGFiP named, is still another direction’s', async () => {
    fs.writeFileSync(at('rec-dgi-2.xlsx'), await buildWorkbook(dgfipCensus('SIE Lille', 'DGI')));
    const r = await duerp('compile', at('rec-dgi.xlsx'), at('rec-dgi-2.xlsx'), at('rec-dgcp.xlsx'), '--into', at('du-vierge.xlsx'), '-o', at('du-vierge-compile-2.xlsx'), '--json');
    const warnings: { file: string; message: string }[] = JSON.parse(r.stdout).warnings;
    expect(warnings.filter((w) => /Ce recensement est de la/.test(w.message)).map((w) => [w.file, w.message])).toEqual([
      ['rec-dgcp.xlsx', expect.stringMatching(/est de la DGCP alors que les autres recensements sont de la DGI/)],
    ]);
  });
});
