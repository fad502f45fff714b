/**
 * Compare two successive documents uniques (the guide asks to keep them, to follow progress):
 * risks added, removed, and the fields that changed on the risks both hold.
 */
import { recognise, tableNamed } from '../workbook/recognise';
import { contentRows } from '../workbook/rows';
import { findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { riskIndexOfCells } from '../method/risk-index';
import { riskKey, riskKeyLabel } from '../plans/row-keys';
import { CompileError } from '../plans/compile';

export interface RiskSummary {
  key: string;
  row: number;
  site: CellValue;
  unite: CellValue;
  famille: CellValue;
  situation: CellValue;
  indice: CellValue;
}

export interface FieldChange {
  key: string;
  field: string;
  before: CellValue;
  after: CellValue;
}

export interface Comparison {
  added: RiskSummary[];
  removed: RiskSummary[];
  changed: FieldChange[];
}

/** Fields followed from one DU to the next; the index is recomputed from G and F, not read. */
const FOLLOWED = ['agents', 'danger', 'moyensActuels', 'gravite', 'frequence', 'indice', 'rang', 'moyensGT', 'typeAction', 'priorite'];

function risksOf(snapshot: WorkbookSnapshot, which: string): Map<string, { row: number; cells: Record<string, CellValue> }> {
  const rec = recognise(snapshot);
  const table = tableNamed(rec, 'risques');
  if (rec.kind !== 'document-unique' || !table) throw new CompileError(`Le ${which} classeur n'est pas un document unique : son tableau de hiérarchisation est introuvable.`);
  const out = new Map<string, { row: number; cells: Record<string, CellValue> }>();
  for (const r of contentRows(findSheet(snapshot, table.sheet)!, table)) {
    const cells = { ...r.cells, indice: riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null) };
    out.set(riskKey(cells), { row: r.row, cells });
  }
  return out;
}

const plain = (v: CellValue | undefined): CellValue => (v === undefined || isCellError(v) ? null : typeof v === 'string' ? v.trim() || null : v);

function summary(row: number, cells: Record<string, CellValue>): RiskSummary {
  return {
    key: riskKeyLabel(cells), row, site: plain(cells.site), unite: plain(cells.unite), famille: plain(cells.famille),
    situation: plain(cells.situation), indice: plain(cells.indice),
  };
}

export function compareDocuments(older: WorkbookSnapshot, newer: WorkbookSnapshot): Comparison {
  const before = risksOf(older, 'premier');
  const after = risksOf(newer, 'second');
  const added = [...after].filter(([k]) => !before.has(k)).map(([, r]) => summary(r.row, r.cells));
  const removed = [...before].filter(([k]) => !after.has(k)).map(([, r]) => summary(r.row, r.cells));
  const changed: FieldChange[] = [];
  for (const [k, now] of after) {
    const was = before.get(k);
    if (!was) continue;
    for (const field of FOLLOWED) {
      const a = plain(was.cells[field]);
      const b = plain(now.cells[field]);
      if (String(a ?? '') !== String(b ?? '')) changed.push({ key: riskKeyLabel(now.cells), field, before: a, after: b });
    }
  }
  return { added, removed, changed };
}
