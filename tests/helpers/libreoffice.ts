/**
 * LibreOffice headless as a second, independent reader of what we write. A throwaway profile
 * makes it recalculate .xlsx formulas on load (OOXMLRecalcMode = 0: always).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function sofficePath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function profile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return dir;
}

/** Converts a workbook with LibreOffice; `filter` like `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2` for sheet 2. Returns the output path. */
export function convert(file: string, filter: string, ext: string): string {
  const out = convertAll([file], filter, 120_000);
  const produced = fs.readdirSync(out).filter((f) => f.endsWith(`.${ext}`));
  if (produced.length === 0) throw new Error(`LibreOffice n'a rien produit pour ${file}`);
  return path.join(out, produced[0]);
}

/** Converts several workbooks with one LibreOffice start (it opens, recalculates and saves each); returns the folder that holds the results, named like their sources. */
export function convertAll(files: string[], filter: string, timeout = 300_000): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) est absent : apt-get install libreoffice-calc-nogui');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${profile()}`, '--headless', '--convert-to', filter, '--outdir', out, ...files], { stdio: 'pipe', timeout });
  return out;
}

/** The CSV of one sheet (1-based index), formulas recalculated by LibreOffice. */
export function sheetCsv(file: string, sheetIndex: number): string[][] {
  const csv = convert(file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetIndex}`, 'csv');
  return fs.readFileSync(csv, 'utf8').split('\n').map((line) => parseCsvLine(line));
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** LibreOffice is required on CI; locally a missing one skips with a note. */
export const libreOfficeRequired = (): boolean => Boolean(process.env.CI);
