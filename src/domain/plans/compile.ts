/**
 * Compile: census rows → the document unique's Hiérarchisation table, then recompute it.
 * Only new risks are appended: a risk the DU already holds keeps the GT's ratings and choices.
 * Each census's site and headcount join the identification's list of census points.
 */
import { columnNumber, toA1 } from '../workbook/address';
import { recognise, tableNamed } from '../workbook/recognise';
import type { Recognition, TableLocation } from '../workbook/recognition';
import { contentRows, freeRows } from '../workbook/rows';
import { findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { normaliseLabel } from '../workbook/labels';
import { readField } from '../workbook/fields';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { valueEdit } from './cell-edits';
import type { Edit, Plan } from './plan';
import { planRecompute } from './recompute';
import { riskKey } from './row-keys';

export class CompileError extends Error {}

export interface NamedWorkbook {
  /** The file's name, used when a census names no site. */
  name: string;
  snapshot: WorkbookSnapshot;
}

/** Census column → DU column. The census's wished means prefill the GT's column, which the GT then edits. */
const CENSUS_TO_DU: [string, string][] = [
  ['site', 'site'], ['unite', 'unite'], ['agents', 'agents'], ['famille', 'famille'], ['danger', 'danger'],
  ['situation', 'situation'], ['moyensActuels', 'moyensActuels'], ['gravite', 'gravite'], ['frequence', 'frequence'],
  ['moyensSouhaites', 'moyensGT'], ['typeAction', 'typeAction'],
];

function fieldValue(snapshot: WorkbookSnapshot, rec: Recognition, field: string): CellValue {
  const v = readField(snapshot, rec, 'informations', field)?.value ?? null;
  return isCellError(v) ? null : v;
}

interface CensusRisk {
  cells: Record<string, CellValue>;
}

/** The site a census names: its analysed service (as the repaired Site formula shows it), else its file. */
function censusSite(c: NamedWorkbook, rec: Recognition): string {
  const named = ['sigle', 'complement'].map((f) => fieldValue(c.snapshot, rec, f)).find((v) => v !== null && String(v).trim() !== '');
  return named !== undefined ? String(named) : c.name.replace(/\.(xlsx|xlsm)$/i, '');
}

function censusRisks(c: NamedWorkbook): { site: string; headcount: CellValue; risks: CensusRisk[] } {
  const rec = recognise(c.snapshot);
  const table = tableNamed(rec, 'risques');
  if (rec.kind !== 'recensement' || !table) {
    throw new CompileError(`« ${c.name} » n'est pas un outil de recensement : sa grille de recensement est introuvable.`);
  }
  const site = censusSite(c, rec);
  const sheet = findSheet(c.snapshot, table.sheet)!;
  const risks = contentRows(sheet, table).map(({ cells }) => {
    const site_ = cells.site;
    const out: Record<string, CellValue> = {};
    for (const [from, to] of CENSUS_TO_DU) out[to] = cells[from] === undefined || isCellError(cells[from]) ? null : cells[from];
    if (site_ === null || site_ === undefined || isCellError(site_) || String(site_).trim() === '') out.site = site;
    return { cells: out };
  });
  return { site, headcount: fieldValue(c.snapshot, rec, 'nbAgents'), risks };
}

function appendRisks(du: WorkbookSnapshot, table: TableLocation, risks: CensusRisk[]): Edit[] {
  const sheet = findSheet(du, table.sheet)!;
  const known = new Set(contentRows(sheet, table).map((r) => riskKey(r.cells)));
  const fresh: CensusRisk[] = [];
  for (const r of risks) {
    const key = riskKey(r.cells);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(r);
  }
  const rows = freeRows(sheet, table, fresh.length);
  const edits: Edit[] = [];
  fresh.forEach((risk, i) => {
    for (const [field, value] of Object.entries(risk.cells)) {
      const letter = table.columns[field];
      if (!letter || value === null) continue;
      const e = valueEdit(du, sheet.name, toA1(rows[i], columnNumber(letter)), value, 'Risque repris du recensement');
      if (e) edits.push(e);
    }
  });
  return edits;
}

function appendPoints(du: WorkbookSnapshot, rec: Recognition, points: { site: string; headcount: CellValue }[]): Edit[] {
  const table = tableNamed(rec, 'points');
  if (!table) return [];
  const sheet = findSheet(du, table.sheet)!;
  const known = new Set(contentRows(sheet, table).map((r) => normaliseLabel(r.cells.point)));
  const fresh = points.filter((p) => !known.has(normaliseLabel(p.site)));
  const rows = freeRows(sheet, table, fresh.length);
  const edits: (Edit | null)[] = [];
  fresh.forEach((p, i) => {
    edits.push(valueEdit(du, sheet.name, toA1(rows[i], columnNumber(table.columns.point)), p.site, 'Point de recensement compilé'));
    if (p.headcount !== null && table.columns.effectifs) {
      edits.push(valueEdit(du, sheet.name, toA1(rows[i], columnNumber(table.columns.effectifs)), p.headcount, 'Effectif du point de recensement'));
    }
  });
  return edits.filter((e): e is Edit => e !== null);
}

export function planCompile(censuses: readonly NamedWorkbook[], du: WorkbookSnapshot): Plan {
  const rec = recognise(du);
  const table = tableNamed(rec, 'risques');
  if (rec.kind !== 'document-unique' || !table) {
    throw new CompileError("Le classeur de destination n'est pas un document unique : son tableau de hiérarchisation est introuvable.");
  }
  const read = censuses.map(censusRisks);
  const compileEdits = [...appendRisks(du, table, read.flatMap((c) => c.risks)), ...appendPoints(du, rec, read)];
  const compiled = applyPlanToSnapshot(du, { command: 'compile', edits: compileEdits });
  return { command: 'compile', edits: [...compileEdits, ...planRecompute(compiled).edits] };
}
