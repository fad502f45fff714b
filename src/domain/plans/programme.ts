/**
 * Programme: the document unique's A and B risks → actions of the annual prevention programme,
 * in the order of the automatic rank. Only risks the programme does not hold yet are added; the
 * cost, deadline, service and completion are for people to fill in.
 */
import { columnNumber, toA1 } from '../workbook/address';
import { recognise, tableNamed } from '../workbook/recognise';
import type { TableLocation } from '../workbook/recognition';
import { contentRows, freeRows, type TableRow } from '../workbook/rows';
import { cellValue, findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import { readRating } from '../method/rating';
import { riskIndex } from '../method/risk-index';
import { rankRisks } from '../method/rank';
import { readCount, readNumber } from '../method/numbers';
import { applyPlanToSnapshot } from './apply-to-snapshot';
import { valueEdit } from './cell-edits';
import { CompileError } from './compile';
import type { Edit, Plan } from './plan';
import { planRecompute } from './recompute';
import { keyOf } from './row-keys';

/** Which index levels call for a programmed action (A: urgent, B: to programme). */
export const PROGRAMMED_INDICES = ['A', 'B'];

interface RankedRisk {
  row: TableRow;
  index: string;
  rank: number;
}

function rankedRisks(du: WorkbookSnapshot, table: TableLocation): RankedRisk[] {
  const rows = contentRows(findSheet(du, table.sheet)!, table);
  const rated = rows.flatMap((row) => {
    const g = readRating(row.cells.gravite ?? null);
    const f = readRating(row.cells.frequence ?? null);
    return g.ok && f.ok ? [{ row, g: g.rating, f: f.rating }] : [];
  });
  const ranks = rankRisks(rated.map((r) => ({ order: r.row.row, gravity: r.g, frequency: r.f, agents: readCount(r.row.cells.agents ?? null) })));
  return rated
    .map((r) => ({ row: r.row, index: riskIndex(r.g, r.f), rank: ranks.get(r.row.row)! }))
    .filter((r) => PROGRAMMED_INDICES.includes(r.index))
    .sort((a, b) => a.rank - b.rank);
}

const clean = (v: CellValue | undefined): CellValue => (v === undefined || isCellError(v) ? null : v);
/** An action answers a risk of the same site, family and situation. */
const actionKey = (cells: Record<string, CellValue>) => keyOf(cells, ['site', 'famille', 'situation']);

function actionCells(risk: RankedRisk): Record<string, CellValue> {
  const c = risk.row.cells;
  const measures = clean(c.moyensGT) ?? clean(c.moyensSouhaites);
  return {
    site: clean(c.site), agents: clean(c.agents), famille: clean(c.famille), situation: clean(c.situation),
    indice: risk.index, mesures: measures, typeAction: clean(c.typeAction),
  };
}

export function planProgramme(du: WorkbookSnapshot, programme: WorkbookSnapshot): Plan {
  const duRec = recognise(du);
  const risks = tableNamed(duRec, 'risques');
  if (duRec.kind !== 'document-unique' || !risks) throw new CompileError("Le classeur source n'est pas un document unique : son tableau de hiérarchisation est introuvable.");
  const rec = recognise(programme);
  const actions = tableNamed(rec, 'actions');
  if (rec.kind !== 'programme' || !actions) throw new CompileError("Le classeur de destination n'est pas un programme annuel de prévention : son tableau des actions est introuvable.");
  const sheet = findSheet(programme, actions.sheet)!;
  const known = new Set(contentRows(sheet, actions).map((r) => actionKey(r.cells)));
  const fresh = rankedRisks(du, risks).map(actionCells).filter((cells) => !known.has(actionKey(cells)));
  const rows = freeRows(sheet, actions, fresh.length);
  const edits: (Edit | null)[] = [];
  const numberCol = actions.columns.numero ? columnNumber(actions.columns.numero) : null;
  const assigned = new Map<number, number>();
  const numberAt = (row: number) => assigned.get(row) ?? (numberCol ? readNumber(cellValue(sheet, row, numberCol)) : null);
  fresh.forEach((cells, i) => {
    const row = rows[i];
    for (const [field, value] of Object.entries(cells)) {
      const letter = actions.columns[field];
      if (letter && value !== null) edits.push(valueEdit(programme, sheet.name, toA1(row, columnNumber(letter)), value, 'Action tirée du document unique'));
    }
    // Rows past the template's numbered ones get the next number.
    if (numberCol && numberAt(row) === null) {
      const previous = numberAt(row - 1);
      const number = previous === null ? i + 1 : previous + 1;
      assigned.set(row, number);
      edits.push(valueEdit(programme, sheet.name, toA1(row, numberCol), number, 'Numéro de l’action'));
    }
  });
  const base = edits.filter((e): e is Edit => e !== null);
  const after = applyPlanToSnapshot(programme, { command: 'programme', edits: base });
  return { command: 'programme', edits: [...base, ...planRecompute(after).edits] };
}
