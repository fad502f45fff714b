/**
 * Compiler (a DU open): census files chosen (several, or dropped), read here with the .xlsx reader;
 * per census, what will be added, what the DU already holds and what needs a look; then applied
 * into the open DU through its host. Loaded only when the journey opens.
 */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles } from '@fluentui/react-components';
import { planCompile, type NamedWorkbook } from '../../../domain/plans/compile';
import { applyPlanToSnapshot } from '../../../domain/plans/apply-to-snapshot';
import type { PlanWarning } from '../../../domain/plans/plan';
import { summarisePlan } from '../../../domain/plans/summary';
import { recognise, tableNamed } from '../../../domain/workbook/recognise';
import { contentRows } from '../../../domain/workbook/rows';
import { findSheet, type WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import { FilePicker } from '../../shared/FilePicker';
import { PlanPreview } from '../../shared/PlanPreview';
import { appliedText, type Preview } from '../../shared/usePlanFlow';
import { readWorkbookFile } from '../../shared/read-files';
import { usePane, useFresh } from '../../state';

const useStyles = makeStyles({ list: { paddingLeft: '18px', margin: '4px 0', overflowWrap: 'anywhere' } });


interface CensusLine {
  name: string;
  risks: number;
  added: number;
  already: number;
  warnings: PlanWarning[];
}

function riskCount(snapshot: WorkbookSnapshot): number {
  const rec = recognise(snapshot);
  const t = tableNamed(rec, 'risques');
  return t ? contentRows(findSheet(snapshot, t.sheet)!, t).length : 0;
}


/** Each census in turn against the DU as the previous ones leave it: duplicates across censuses count once. */
function perCensus(censuses: NamedWorkbook[], du: WorkbookSnapshot): CensusLine[] {
  let current = du;
  return censuses.map((c) => {
    const plan = planCompile([c], current);
    const before = riskCount(current);
    current = applyPlanToSnapshot(current, plan);
    const added = riskCount(current) - before;
    const risks = riskCount(c.snapshot);
    return { name: c.name, risks, added, already: Math.max(0, risks - added), warnings: plan.warnings };
  });
}

export default function CompilerPanel() {
  const pane = usePane();
  const styles = useStyles();
  const [censuses, setCensuses] = React.useState<NamedWorkbook[]>([]);
  const [preview, setPreview] = useFresh<Preview & { lines: CensusLine[] }>();
  const busy = pane.state.busy !== null;
  const replan = React.useCallback((s: WorkbookSnapshot) => planCompile(censuses, s), [censuses]);

  const choose = (files: File[]) =>
    pane.run('Lecture des recensements', async (progress) => {
      const read: NamedWorkbook[] = [];
      for (const [i, f] of files.entries()) {
        const r = await readWorkbookFile(f);
        if (recognise(r.snapshot).kind !== 'recensement') throw new Error(`« ${f.name} » n’est pas un outil de recensement.`);
        read.push({ name: r.name, snapshot: r.snapshot });
        progress((i + 1) / files.length);
      }
      const all = [...censuses.filter((c) => !read.some((r) => r.name === c.name)), ...read];
      setCensuses(all);
      const fresh = await pane.refresh();
      const plan = planCompile(all, fresh.snapshot);
      setPreview({ plan, summary: summarisePlan(plan, fresh.snapshot), lines: perCensus(all, fresh.snapshot) }, fresh.version);
    });

  const apply = () =>
    pane.run('Compilation dans le document unique', async () => {
      if (!preview) return;
      const r = await pane.applyPlan(preview.plan, replan, () => appliedText(preview.summary));
      if (!r.applied) setPreview({ plan: r.plan, summary: summarisePlan(r.plan, r.fresh.snapshot), lines: perCensus(censuses, r.fresh.snapshot) }, r.fresh.version);
    });

  return (
    <section aria-label="Compiler les recensements">
      <Text block>Reporte les risques des outils de recensement dans la hiérarchisation de ce document unique. Un risque déjà présent n’est pas ajouté deux fois.</Text>
      <FilePicker label="Choisir les recensements" multiple onFiles={(f) => void choose(f)} disabled={busy} />
      {censuses.length > 0 && (
        <Button
          appearance="subtle"
          size="small"
          onClick={() => {
            // The preview was the plan of these censuses: without them it is no plan at all.
            setCensuses([]);
            setPreview(null, pane.state.version);
          }}
          disabled={busy}
        >
          Vider la liste ({censuses.length})
        </Button>
      )}
      {preview && (
        <>
          <ul className={styles.list} aria-label="Recensements choisis">
            {preview.lines.map((l) => (
              <li key={l.name}>
                <strong>{l.name}</strong> : {l.risks} risque{l.risks > 1 ? 's' : ''}, {l.added} à ajouter, {l.already} déjà présent{l.already > 1 ? 's' : ''}
                {l.warnings.length > 0 && (
                  <ul>
                    {l.warnings.map((w, i) => (
                      <li key={i}>
                        <Caption1>
                          À vérifier{w.cell ? ` (${w.sheet ?? ''} ${w.cell})` : ''} : {w.message}
                        </Caption1>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <PlanPreview summary={preview.summary} applyLabel="Compiler dans le document unique" onApply={() => void apply()} busy={busy} />
        </>
      )}
    </section>
  );
}
