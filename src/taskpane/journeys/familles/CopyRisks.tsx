/**
 * Copy risks across units: choose risk rows and target units of the direction, ratings copied or
 * left empty; preview in words (rows already there for a unit are said, not added), then apply.
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Direction } from '../../../domain/catalogue/types';
import { unitsOf } from '../../../domain/catalogue/units';
import { planCopyRisks, type CopyPlan, type CopyRequest } from '../../../domain/plans/copy-risks';
import { riskRowChoices } from '../../../domain/plans/row-edits';
import { summarisePlan, type PlanSummary } from '../../../domain/plans/summary';
import { normaliseLabel } from '../../../domain/workbook/labels';
import { PlanPreview } from '../../shared/PlanPreview';
import { appliedText } from '../../shared/usePlanFlow';
import { usePane, useFresh } from '../../state';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px', marginTop: '8px' },
  list: { maxHeight: '180px', overflowY: 'auto', overflowX: 'hidden', display: 'flex', flexDirection: 'column' },
  h: { fontSize: '14px', margin: '8px 0 2px' },
});

export function CopyRisks({ direction }: { direction: Direction | null }) {
  const pane = usePane();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [rows, setRows] = React.useState<number[]>([]);
  const [codes, setCodes] = React.useState<string[]>([]);
  const [ratings, setRatings] = React.useState<CopyRequest['ratings']>('vides');
  const [filter, setFilter] = React.useState('');
  const [preview, setPreview] = useFresh<{ plan: CopyPlan; summary: PlanSummary }>();
  const snapshot = pane.state.snapshot;
  const busy = pane.state.busy !== null;
  if (!open) {
    return (
      <Button appearance="secondary" onClick={() => setOpen(true)} style={{ marginTop: 12 }}>
        Copier des risques vers d’autres unités…
      </Button>
    );
  }
  const choices = snapshot ? riskRowChoices(snapshot).filter((r) => !r.empty) : [];
  const units = direction ? unitsOf(direction).filter((u) => !filter || normaliseLabel(`${u.code} ${u.title}`).includes(normaliseLabel(filter))) : [];
  const request = (): CopyRequest => ({ rows, units: unitsOf(direction!).filter((u) => codes.includes(u.code)), ratings });
  const toggle = <T,>(list: T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));
  const show = () =>
    pane.run('Calcul de la copie', async () => {
      const fresh = await pane.refresh();
      const plan = planCopyRisks(fresh.snapshot, request());
      setPreview({ plan, summary: summarisePlan(plan, fresh.snapshot) }, fresh.version);
    });
  const apply = () =>
    pane.run('Copie des risques', async () => {
      if (!preview) return;
      const req = request();
      const r = await pane.applyPlan(preview.plan, (s) => planCopyRisks(s, req), () => appliedText(preview.summary));
      if (!r.applied) setPreview({ plan: r.plan as CopyPlan, summary: summarisePlan(r.plan, r.fresh.snapshot) }, r.fresh.version);
      else setRows([]);
    });
  return (
    <section className={styles.box} aria-label="Copier des risques vers d’autres unités">
      <h2 className={styles.h}>Copier des risques vers d’autres unités</h2>
      {!direction && <Caption1 block>Choisissez d’abord la direction générale du classeur : ses unités seront proposées ici.</Caption1>}
      <Caption1 block>Risques à copier</Caption1>
      <div className={styles.list} role="group" aria-label="Risques à copier">
        {choices.map((r) => (
          <Checkbox key={r.row} label={r.label} checked={rows.includes(r.row)} onChange={(_, d) => setRows(toggle(rows, r.row, Boolean(d.checked)))} />
        ))}
      </div>
      {direction && (
        <>
          <Caption1 block>Unités de destination ({direction})</Caption1>
          <Input type="search" value={filter} onChange={(_, d) => setFilter(d.value)} aria-label="Filtrer les unités de destination" placeholder="Code ou intitulé…" style={{ width: '100%' }} />
          <div className={styles.list} role="group" aria-label="Unités de destination">
            {units.map((u) => (
              <Checkbox key={u.code} label={`${u.code} — ${u.title}`} checked={codes.includes(u.code)} onChange={(_, d) => setCodes(toggle(codes, u.code, Boolean(d.checked)))} />
            ))}
          </div>
        </>
      )}
      <RadioGroup value={ratings} onChange={(_, d) => setRatings(d.value as CopyRequest['ratings'])} aria-label="Cotations des copies">
        <Radio value="vides" label="Cotations laissées vides (le GT cotera)" />
        <Radio value="copier" label="Cotations copiées (G et F)" />
      </RadioGroup>
      <Button onClick={() => void show()} disabled={busy || !rows.length || !codes.length}>
        Voir ce que la copie ajoutera
      </Button>
      {preview && (
        <PlanPreview summary={preview.summary} applyLabel={`Ajouter ${preview.plan.added} ligne${preview.plan.added > 1 ? 's' : ''}`} onApply={() => void apply()} busy={busy}>
          {preview.plan.skipped.length > 0 && (
            <ul aria-label="Déjà présents" style={{ paddingLeft: 18, margin: '4px 0' }}>
              {preview.plan.skipped.map((s, i) => (
                <li key={i}>
                  <Text size={200}>{s.message}</Text>
                </li>
              ))}
            </ul>
          )}
        </PlanPreview>
      )}
    </section>
  );
}
