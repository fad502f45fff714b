/**
 * What the pane says when a workbook opens: its kind, what it holds (units, risk rows, rows per
 * letter, broken fields) and the one next useful action. Pure: from a snapshot only.
 */
import { INDEX_LEVELS, type RiskIndex } from '../catalogue/scales';
import { planRecompute } from '../plans/recompute';
import { hierarchy } from './hierarchy';
import { repairDue } from '../plans/repair';
import { normaliseLabel } from '../workbook/labels';
import { recognise, tableNamed } from '../workbook/recognise';
import type { Recognition, WorkbookKind } from '../workbook/recognition';
import { contentRows } from '../workbook/rows';
import { findSheet, type WorkbookSnapshot } from '../workbook/snapshot';

export type NextAction = 'reparer' | 'recalculer' | 'hierarchiser' | 'compiler' | 'verifier';

export interface WorkbookOverview {
  kind: WorkbookKind;
  recognition: Recognition;
  /** Distinct work units named by the risk rows (census: also its units table). */
  units: number;
  riskRows: number;
  /** Programme: actions listed. */
  actions: number;
  /** Risk rows per index letter (from G and F); a programme's actions per letter shown. */
  letters: Record<RiskIndex, number>;
  /** Risk rows whose G or F is missing or not 1–4. */
  unrated: number;
  /** Broken cells repair would fix (`#REF!` shown, or a `#REF!` in the formula). */
  brokenCells: number;
  /** Edits a recompute would make now (indices, ranks, dropdowns, colours). */
  recomputeEdits: number;
  next: { action: NextAction; label: string; why: string } | null;
}

const LETTERS: RiskIndex[] = INDEX_LEVELS.map((l) => l.index);

function distinctUnits(snapshot: WorkbookSnapshot, recognition: Recognition): number {
  const units = new Set<string>();
  for (const name of ['risques', 'unites']) {
    const table = tableNamed(recognition, name);
    if (!table) continue;
    for (const r of contentRows(findSheet(snapshot, table.sheet)!, table)) {
      const u = normaliseLabel(r.cells.unite);
      if (u) units.add(u);
    }
  }
  return units.size;
}

/** A programme's actions, and their letters as the index column shows them. */
function actionLetters(snapshot: WorkbookSnapshot, recognition: Recognition): { actions: number; letters: Record<RiskIndex, number> } {
  const letters = Object.fromEntries(LETTERS.map((l) => [l, 0])) as Record<RiskIndex, number>;
  const table = tableNamed(recognition, 'actions');
  const rows = table ? contentRows(findSheet(snapshot, table.sheet)!, table) : [];
  for (const r of rows) {
    const idx = String(r.cells.indice ?? '').trim().toUpperCase();
    if ((LETTERS as string[]).includes(idx)) letters[idx as RiskIndex]++;
  }
  return { actions: rows.length, letters };
}

export function overview(snapshot: WorkbookSnapshot): WorkbookOverview {
  const recognition = recognise(snapshot);
  const { letters, ranked, unrated } = hierarchy(snapshot, recognition);
  const base = { kind: recognition.kind, recognition, units: 0, riskRows: 0, actions: 0, letters, unrated: 0, brokenCells: recognition.refErrors, recomputeEdits: 0, next: null };
  if (recognition.kind === 'inconnu') return base;
  const riskRows = ranked.length + unrated;
  const programme = recognition.kind === 'programme' ? actionLetters(snapshot, recognition) : null;
  const brokenCells = repairDue(snapshot, recognition);
  const recomputeEdits = planRecompute(snapshot, recognition).edits.length;
  return {
    ...base,
    units: distinctUnits(snapshot, recognition),
    riskRows,
    unrated,
    actions: programme?.actions ?? 0,
    letters: programme?.letters ?? letters,
    brokenCells,
    recomputeEdits,
    next: nextAction(recognition.kind, brokenCells, recomputeEdits, riskRows),
  };
}

function nextAction(kind: WorkbookKind, brokenCells: number, recomputeEdits: number, riskRows: number): WorkbookOverview['next'] {
  if (brokenCells > 0) return { action: 'reparer', label: 'Réparer d’abord', why: 'Des champs du modèle sont cassés (#REF!) : la réparation les rétablit sans toucher à ce qui a été saisi.' };
  if (recomputeEdits > 0) {
    return kind === 'document-unique'
      ? { action: 'hierarchiser', label: 'Hiérarchiser', why: 'Les indices, le rang ou les listes déroulantes ne sont pas à jour.' }
      : { action: 'recalculer', label: 'Recalculer', why: 'Les indices, les listes déroulantes ou les couleurs ne sont pas à jour.' };
  }
  if (kind === 'document-unique' && riskRows === 0) return { action: 'compiler', label: 'Compiler les recensements', why: 'Le document unique ne contient encore aucun risque.' };
  return { action: 'verifier', label: 'Passer à la vérification', why: 'Le classeur est à jour : vérifiez-le avant de le transmettre.' };
}
