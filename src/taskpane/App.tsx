/** The pane: recognise the open workbook, then repair, recompute or check it, over any host. */
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, Title3, webLightTheme } from '@fluentui/react-components';
import type { Finding } from '../domain/check/finding';
import { runChecks } from '../domain/check/run-checks';
import type { Plan } from '../domain/plans/plan';
import { planRecompute } from '../domain/plans/recompute';
import { planRepair } from '../domain/plans/repair';
import { recognise } from '../domain/workbook/recognise';
import type { Recognition } from '../domain/workbook/recognition';
import { FindingsPanel } from './FindingsPanel';
import { KIND_LABELS, ROLE_LABELS } from './labels';
import type { PaneHost } from './pane-host';
import { PlanPanel } from './PlanPanel';

export interface AppProps {
  host: PaneHost;
  /** Called after a plan is applied (the standalone page offers the download). */
  onApplied?(): void;
}

type TabId = 'reconnaitre' | 'reparer' | 'recalculer' | 'verifier';

export function App({ host, onApplied }: AppProps) {
  const [tab, setTab] = React.useState<TabId>('reconnaitre');
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [recognition, setRecognition] = React.useState<Recognition | null>(null);
  const [plans, setPlans] = React.useState<Record<string, Plan | null>>({});
  const [findings, setFindings] = React.useState<Finding[] | null>(null);

  const work = React.useCallback(async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      await task();
    } catch (e) {
      setError(`${label} : échec. ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  }, []);

  const look = React.useCallback(() => work('Lecture du classeur', async () => setRecognition(recognise(await host.read()))), [host, work]);
  React.useEffect(() => void look(), [look]);

  const plan = (which: 'repair' | 'recompute') =>
    work('Calcul des modifications', async () => {
      const snapshot = await host.read();
      setPlans((p) => ({ ...p, [which]: which === 'repair' ? planRepair(snapshot) : planRecompute(snapshot) }));
    });

  const apply = (which: string, p: Plan) =>
    work('Écriture dans le classeur', async () => {
      await host.apply(p);
      setPlans((all) => ({ ...all, [which]: null }));
      setNotice(`${p.edits.length} modifications appliquées.`);
      setRecognition(recognise(await host.read()));
      onApplied?.();
    });

  const check = () => work('Vérification', async () => setFindings(runChecks(await host.read())));

  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12, fontFamily: 'Segoe UI, sans-serif' }}>
        <Title3 as="h1">Assistant DUERP</Title3>
        <Text block>{recognition ? KIND_LABELS[recognition.kind] : 'Classeur en cours de lecture…'}</Text>
        {busy && <Spinner size="tiny" label={`${busy}…`} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
          <Tab value="reconnaitre">Reconnaître</Tab>
          <Tab value="reparer">Réparer</Tab>
          <Tab value="recalculer">Recalculer</Tab>
          <Tab value="verifier">Vérifier</Tab>
        </TabList>
        {tab === 'reconnaitre' && recognition && (
          <section aria-label="Reconnaissance">
            <ul>
              {recognition.sheets.map((s) => (
                <li key={s.name}>
                  « {s.name} » : {ROLE_LABELS[s.role]}
                </li>
              ))}
            </ul>
            <Text block>
              {recognition.tables.length} tableau(x) trouvé(s) ; {recognition.refErrors} cellule(s) en #REF!.
            </Text>
          </section>
        )}
        {tab === 'reparer' && <PlanPanel title="Réparer" plan={plans.repair ?? null} onPlan={() => plan('repair')} onApply={(p) => apply('repair', p)} busy={busy !== null} />}
        {tab === 'recalculer' && <PlanPanel title="Recalculer" plan={plans.recompute ?? null} onPlan={() => plan('recompute')} onApply={(p) => apply('recompute', p)} busy={busy !== null} />}
        {tab === 'verifier' && (
          <FindingsPanel findings={findings} onCheck={check} busy={busy !== null} onSelect={host.select ? (s, c) => void host.select!(s, c) : undefined} />
        )}
      </main>
    </FluentProvider>
  );
}
