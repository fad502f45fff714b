/**
 * What the pane says when a workbook opens: its kind, what it holds (units, risk rows, rows per
 * letter, broken fields) and the one next useful action. Pure: from a snapshot only.
 */
import { INDEX_LEVELS, type RiskIndex } from '../catalogue/scales';
import { planRecompute } from '../plans/recompute';
import { planRepair, repairDue } from '../plans/repair';
import { riskIndexOfCells } from '../method/risk-index';
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
  letters: Record<RiskIndex, number>;
  /** Risk rows whose G or F is missing or not 1–4. */
  unrated: number;
  /** Cells showing #REF! (the distributed templates' breakage). */
  brokenCells: number;
  /** Edits a repair would make now. */
  repairEdits: number;
  /** Edits a recompute would make now (indices, ranks, dropdowns, colours). */
  recomputeEdits: number;
  next: { action: NextAction; label: string; why: string } | null;
}

const LETTERS: RiskIndex[] = INDEX_LEVELS.map((l) => l.index);

export function overview(snapshot: WorkbookSnapshot): WorkbookOverview {
  const recognition = recognise(snapshot);
  const letters = Object.fromEntries(LETTERS.map((l) => [l, 0])) as Record<RiskIndex, number>;
  const base = { kind: recognition.kind, recognition, units: 0, riskRows: 0, actions: 0, letters, unrated: 0, brokenCells: recognition.refErrors, repairEdits: 0, recomputeEdits: 0, next: null };
  if (recognition.kind === 'inconnu') return base;

  const units = new Set<string>();
  const risks = tableNamed(recognition, 'risques');
  if (risks) {
    for (const r of contentRows(findSheet(snapshot, risks.sheet)!, risks)) {
      base.riskRows++;
      const u = normaliseLabel(r.cells.unite);
      if (u) units.add(u);
      const idx = riskIndexOfCells(r.cells.gravite ?? null, r.cells.frequence ?? null);
      if (idx) letters[idx]++;
      else base.unrated++;
    }
  }
  const unitTable = tableNamed(recognition, 'unites');
  if (unitTable) {
    for (const r of contentRows(findSheet(snapshot, unitTable.sheet)!, unitTable)) {
      const u = normaliseLabel(r.cells.unite);
      if (u) units.add(u);
    }
  }
  const actions = tableNamed(recognition, 'actions');
  if (actions) {
    const rows = contentRows(findSheet(snapshot, actions.sheet)!, actions);
    base.actions = rows.length;
    for (const r of rows) {
      const idx = String(r.cells.indice ?? '').trim().toUpperCase();
      if ((LETTERS as string[]).includes(idx)) letters[idx as RiskIndex]++;
    }
  }
  const repairEdits = planRepair(snapshot, recognition).edits.length;
  const broken = repairDue(snapshot, recognition);
  const recomputeEdits = planRecompute(snapshot).edits.length;
  return { ...base, units: units.size, repairEdits, recomputeEdits, next: nextAction(recognition.kind, broken, recomputeEdits, base.riskRows) };
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
