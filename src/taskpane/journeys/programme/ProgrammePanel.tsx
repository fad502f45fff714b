/**
 * Programme: from the DU, the annual prevention programme. With a DU open: a new programme to
 * download (or an existing one, chosen, completed). With a programme open: the DU is chosen as a
 * file and its A and B risks are added into the open programme. Loaded when the journey opens.
 */
import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { workbookDirection } from '../../../domain/plans/direction';
import { planProgramme } from '../../../domain/plans/programme';
import { summarisePlan } from '../../../domain/plans/summary';
import { programmeLayout } from '../../../domain/templates';
import { recognise } from '../../../domain/workbook/recognise';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import { applyPlan } from '../../../xlsx/apply-plan';
import { freshWorkbook } from '../../../xlsx/fresh-workbook';
import { readSnapshot } from '../../../xlsx/read-snapshot';
import { FilePicker } from '../../shared/FilePicker';
import { PlanPreview } from '../../shared/PlanPreview';
import { appliedText, type Preview } from '../../shared/usePlanFlow';
import { download } from '../../shared/download';
import { readWorkbookFile } from '../../shared/read-files';
import { usePane, useFresh } from '../../state';

function outputName(name: string, suffix: string): string {
  return `${name.replace(/\.(xlsx|xlsm)$/i, '')}-${suffix}.xlsx`;
}

function FromDocumentUnique() {
  const pane = usePane();
  const [made, setMade] = useFresh<Preview & { bytes: Uint8Array; name: string }>();
  const busy = pane.state.busy !== null;
  const derive = (target: { name: string; bytes: Uint8Array; snapshot: WorkbookSnapshot } | null) =>
    pane.run('Préparation du programme', async () => {
      const fresh = await pane.refresh();
      let base = target;
      if (!base) {
        const direction = workbookDirection(fresh.snapshot, recognise(fresh.snapshot)) ?? undefined;
        const bytes = freshWorkbook(programmeLayout({ broken: false, direction }));
        base = { name: `programme-annuel-${new Date().getFullYear()}.xlsx`, bytes, snapshot: readSnapshot(bytes) };
      }
      const plan = planProgramme(fresh.snapshot, base.snapshot);
      const bytes = applyPlan(base.bytes, plan);
      setMade({ plan, summary: summarisePlan(plan, base.snapshot), bytes, name: target ? outputName(target.name, 'complete') : base.name }, fresh.version);
    });
  return (
    <section aria-label="Programme annuel">
      <Text block>Les risques A et B du document unique deviennent les actions du programme, dans l’ordre de la priorité retenue par le GT puis du rang.</Text>
      <Button appearance="primary" onClick={() => void derive(null)} disabled={busy}>
        Créer le programme annuel
      </Button>
      <FilePicker
        label="Compléter un programme existant"
        onFiles={(files) =>
          void pane.run('Lecture du programme', async () => {
            const r = await readWorkbookFile(files[0]);
            if (recognise(r.snapshot).kind !== 'programme') throw new Error(`« ${files[0].name} » n’est pas un programme annuel de prévention.`);
            await derive(r);
          })
        }
        disabled={busy}
      />
      {made && (
        <PlanPreview summary={made.summary} applyLabel={`Télécharger « ${made.name} »`} onApply={() => download(made.bytes, made.name)} busy={busy} />
      )}
    </section>
  );
}

function IntoProgramme() {
  const pane = usePane();
  const [du, setDu] = React.useState<WorkbookSnapshot | null>(null);
  const [preview, setPreview] = useFresh<Preview>();
  const busy = pane.state.busy !== null;
  const choose = (files: File[]) =>
    pane.run('Lecture du document unique', async () => {
      const r = await readWorkbookFile(files[0]);
      if (recognise(r.snapshot).kind !== 'document-unique') throw new Error(`« ${files[0].name} » n’est pas un document unique.`);
      setDu(r.snapshot);
      const fresh = await pane.refresh();
      const plan = planProgramme(r.snapshot, fresh.snapshot);
      setPreview({ plan, summary: summarisePlan(plan, fresh.snapshot) }, fresh.version);
    });
  const apply = () =>
    pane.run('Écriture du programme', async () => {
      if (!preview || !du) return;
      const r = await pane.applyPlan(preview.plan, (s) => planProgramme(du, s), () => appliedText(preview.summary));
      if (!r.applied) setPreview({ plan: r.plan, summary: summarisePlan(r.plan, r.fresh.snapshot) }, r.fresh.version);
    });
  return (
    <section aria-label="Programme annuel">
      <Text block>Choisissez le document unique : ses risques A et B absents du programme y sont ajoutés ; ce qui a été saisi reste tel quel.</Text>
      <FilePicker label="Choisir le document unique" onFiles={(f) => void choose(f)} disabled={busy} />
      {preview && <PlanPreview summary={preview.summary} applyLabel="Ajouter au programme" onApply={() => void apply()} busy={busy} />}
    </section>
  );
}

export default function ProgrammePanel() {
  const kind = usePane().state.overview?.kind;
  return kind === 'programme' ? <IntoProgramme /> : <FromDocumentUnique />;
}
