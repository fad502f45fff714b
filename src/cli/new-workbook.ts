/**
 * A fresh, working template: the layout written by ExcelJS, then repaired and recomputed through
 * the same plans as any workbook (links, index formulas, dropdowns, colours, catalogue sheet).
 */
import type { Direction } from '../domain/catalogue/types';
import { applyPlanToSnapshot } from '../domain/plans/apply-to-snapshot';
import { planRecompute } from '../domain/plans/recompute';
import { planRepair } from '../domain/plans/repair';
import type { Plan } from '../domain/plans/plan';
import { censusLayout, documentUniqueLayout, programmeLayout } from '../domain/templates';
import { applyPlan } from '../xlsx/apply-plan';
import { buildWorkbook } from '../xlsx/build-workbook';
import { readSnapshot } from '../xlsx/read-snapshot';

import type { TemplateKind } from './template-kinds';

const LAYOUTS = {
  recensement: censusLayout,
  'document-unique': documentUniqueLayout,
  programme: programmeLayout,
};

export async function newWorkbook(kind: TemplateKind, direction: Direction | undefined): Promise<{ bytes: Uint8Array; plan: Plan }> {
  const blank = await buildWorkbook(LAYOUTS[kind]({ broken: false, direction }));
  const snapshot = readSnapshot(blank);
  const repair = planRepair(snapshot);
  const recompute = planRecompute(applyPlanToSnapshot(snapshot, repair));
  const plan: Plan = { command: 'new', edits: [...repair.edits, ...recompute.edits] };
  return { bytes: applyPlan(blank, plan), plan };
}
