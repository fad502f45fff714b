/**
 * LibreOffice recalculates every repaired and recomputed fixture (and its LibreOffice-saved copy):
 * no recognised sheet shows an error value, the title lines and the Site formulas compute what
 * the core wrote as their cached result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { toA1 } from '../../src/domain/workbook/address';
import { recognise } from '../../src/domain/workbook/recognise';
import { cellValue, isCellError, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { allFixtures, fixtureBytes } from '../fixtures/generate';
import { libreOfficeSavedFixtures } from '../fixtures/libreoffice-saved';
import { convertAll, libreOfficeRequired, sofficePath } from '../helpers/libreoffice';

const soffice = sofficePath();
if (!soffice && libreOfficeRequired()) {
  throw new Error('LibreOffice est requis en CI (apt-get install libreoffice-calc-nogui) : .ci/run doit l’installer.');
}
const maybe = soffice ? describe : describe.skip;

const FIXTURES = [...allFixtures(), ...libreOfficeSavedFixtures()];

maybe('LibreOffice recalculates repaired and recomputed workbooks without an error value', () => {
  const ours = new Map<string, WorkbookSnapshot>();
  /** The formulas our plans wrote, by fixture: `sheet!A1`. */
  const written = new Map<string, Set<string>>();
  const theirs = new Map<string, WorkbookSnapshot>();

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-repair-check-'));
    const files: string[] = [];
    for (const f of FIXTURES) {
      const bytes = await fixtureBytes(f);
      const repair = planRepair(readSnapshot(bytes));
      const repaired = applyPlan(bytes, repair);
      const recompute = planRecompute(readSnapshot(repaired));
      const done = applyPlan(repaired, recompute);
      written.set(f.name, new Set([...repair.edits, ...recompute.edits].flatMap((e) => (e.kind === 'formula' ? [`${e.sheet}!${e.cell}`] : []))));
      const file = path.join(dir, `${f.name}.xlsx`);
      fs.writeFileSync(file, done);
      files.push(file);
      ours.set(f.name, readSnapshot(done));
    }
    // One LibreOffice start for every file: it opens, recalculates and saves each.
    const out = convertAll(files, 'xlsx');
    for (const f of FIXTURES) theirs.set(f.name, readSnapshot(fs.readFileSync(path.join(out, `${f.name}.xlsx`))));
  }, 360_000);

  it.each(FIXTURES.map((f) => f.name))('%s: no error value in a recognised sheet', (name) => {
    const s = theirs.get(name)!;
    const rec = recognise(s);
    expect(rec.kind).toBe(FIXTURES.find((f) => f.name === name)!.kind);
    const known = new Set(rec.sheets.filter((x) => x.role !== 'autre').map((x) => x.name));
    const errors = s.sheets
      .filter((x) => known.has(x.name))
      .flatMap((x) => x.values.flatMap((line, r) => line.flatMap((v, c) => (isCellError(v) ? [`${x.name}!${r + 1}:${c + 1} ${v.error}`] : []))));
    expect(errors).toEqual([]);
  });

  it.each(FIXTURES.map((f) => f.name))('%s: every formula we wrote computes the result the core wrote beside it', (name) => {
    const mine = ours.get(name)!;
    const lo = theirs.get(name)!;
    const differences: string[] = [];
    for (const sheet of mine.sheets) {
      const other = lo.sheets.find((x) => x.name === sheet.name)!;
      sheet.formulas.forEach((line, r) => line.forEach((f, c) => {
        if (f === null || !written.get(name)!.has(`${sheet.name}!${toA1(r + 1, c + 1)}`)) return;
        const a = cellValue(sheet, r + 1, c + 1);
        const b = cellValue(other, r + 1, c + 1);
        const same = (a ?? '') === (b ?? '') || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
        if (!same) differences.push(`${sheet.name}!${r + 1}:${c + 1} ${f} → nous ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
      }));
    }
    expect(differences).toEqual([]);
    expect(written.get(name)!.size).toBeGreaterThan(0);
  });

  it('shows the identification under the title and the service on risk rows only', () => {
    const grid = theirs.get('recensement-rempli-libreoffice')!.sheets.find((s) => s.name === 'Grille de recensement')!;
    expect(cellValue(grid, 2, 1)).toBe('SIP Nord – Direction des services fiscaux – DGI – 2026');
    expect(cellValue(grid, 9, 1)).toBe('SIP Nord'); // a risk row
    expect(cellValue(grid, 20, 1) ?? '').toBe(''); // an empty template row
    const du = theirs.get('document-unique-rempli')!;
    for (const sheet of ['Statistiques', 'AT-MP']) expect(cellValue(du.sheets.find((s) => s.name === sheet)!, 1, 1)).toBe('DSF du Nord – DGI – 2026');
    expect(cellValue(du.sheets.find((s) => s.name === 'Hiérarchisation')!, 2, 1)).toBe('DSF du Nord – DGI – 2026');
    // The template's placeholders are no identification: an empty DU has an empty title line.
    expect(cellValue(theirs.get('document-unique-vierge-casse')!.sheets.find((s) => s.name === 'Statistiques')!, 1, 1) ?? '').toBe('');
  });
});
