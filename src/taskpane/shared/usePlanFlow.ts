/** Preview then apply: a plan computed from a fresh read, shown in words, applied only if still current. */
import * as React from 'react';
import type { Plan } from '../../domain/plans/plan';
import { summarisePlan, type PlanSummary } from '../../domain/plans/summary';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { usePane, useFresh } from '../state';

export interface Preview {
  plan: Plan;
  summary: PlanSummary;
}

export function appliedText(summary: PlanSummary): string {
  return `C’est fait. ${summary.headline.replace(/^À modifier : /, 'Modifié : ')}`;
}

export function usePlanFlow(planner: (snapshot: WorkbookSnapshot) => Plan) {
  const pane = usePane();
  const [preview, setPreview] = useFresh<Preview>();

  const show = React.useCallback(
    () =>
      pane.run('Calcul des modifications', async () => {
        const fresh = await pane.refresh();
        const plan = planner(fresh.snapshot);
        setPreview({ plan, summary: summarisePlan(plan, fresh.snapshot) }, fresh.version);
      }),
    [pane, planner, setPreview],
  );

  const apply = React.useCallback(
    () =>
      pane.run('Écriture dans le classeur', async () => {
        if (!preview) return;
        const result = await pane.applyPlan(preview.plan, planner, () => appliedText(preview.summary));
        if (!result.applied) setPreview({ plan: result.plan, summary: summarisePlan(result.plan, result.fresh.snapshot) }, result.fresh.version);
      }),
    [pane, planner, preview, setPreview],
  );

  return { preview, show, apply };
}
