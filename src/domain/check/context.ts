/** What every rule needs, computed once: fields by role, risk rows with their cells' addresses, today. */
import { columnNumber, toA1 } from '../workbook/address';
import { recognise, tableNamed } from '../workbook/recognise';
import type { Recognition, SheetRole, TableLocation } from '../workbook/recognition';
import { contentRows } from '../workbook/rows';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { fromJsDate, type CalendarDate } from '../method/dates';
import { readField } from '../workbook/fields';

export interface FieldValue {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface RiskRow {
  sheet: string;
  row: number;
  cells: Record<string, CellValue>;
  /** The A1 address of a field's cell on this row ('' when the column is absent). */
  at(field: string): string;
}

export interface CheckContext {
  snapshot: WorkbookSnapshot;
  recognition: Recognition;
  today: CalendarDate;
  /** A header field's value, or null when its label is not found. */
  field(role: SheetRole, field: string): FieldValue | null;
  /** The rows holding content of a table (`risques`, `actions`, `unites`, `points`). */
  rows(table: string): RiskRow[];
  table(table: string): TableLocation | undefined;
  programme?: { snapshot: WorkbookSnapshot; recognition: Recognition; rows: RiskRow[] };
  /** The previous document unique (`duerp check --precedent`), with its risk rows. */
  precedent?: { snapshot: WorkbookSnapshot; recognition: Recognition; rows: RiskRow[] };
}

function rowsOf(snapshot: WorkbookSnapshot, table: TableLocation | undefined): RiskRow[] {
  if (!table) return [];
  const sheet = findSheet(snapshot, table.sheet);
  if (!sheet) return [];
  return contentRows(sheet, table).map((r) => ({
    sheet: table.sheet,
    row: r.row,
    cells: r.cells,
    at: (field: string) => (table.columns[field] ? toA1(r.row, columnNumber(table.columns[field])) : ''),
  }));
}

export function buildContext(snapshot: WorkbookSnapshot, recognition: Recognition, today: Date, programme?: WorkbookSnapshot, precedent?: WorkbookSnapshot): CheckContext {
  const cache = new Map<string, RiskRow[]>();
  const programmeRecognition = programme ? recognise(programme) : undefined;
  const precedentRecognition = precedent ? recognise(precedent) : undefined;
  return {
    snapshot,
    recognition,
    today: fromJsDate(today),
    field: (role, field) => readField(snapshot, recognition, role, field),
    rows(table) {
      if (!cache.has(table)) cache.set(table, rowsOf(snapshot, tableNamed(recognition, table)));
      return cache.get(table)!;
    },
    table: (table) => tableNamed(recognition, table),
    programme:
      programme && programmeRecognition
        ? { snapshot: programme, recognition: programmeRecognition, rows: rowsOf(programme, tableNamed(programmeRecognition, 'actions')) }
        : undefined,
    precedent:
      precedent && precedentRecognition
        ? { snapshot: precedent, recognition: precedentRecognition, rows: rowsOf(precedent, tableNamed(precedentRecognition, 'risques')) }
        : undefined,
  };
}

/** The risk rows of the kind: the census grid or the DU's table. */
export const riskRows = (c: CheckContext) => c.rows('risques');

export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Template placeholders that mean "not filled in". */
export function isPlaceholder(v: CellValue | undefined): boolean {
  return typeof v === 'string' && /^(s[ée]lectionner|indiquer)\b/i.test(v.trim());
}
