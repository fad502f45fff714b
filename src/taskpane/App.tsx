/**
 * The pane: what the open workbook is, then the journeys that apply to it (Familles, Hiérarchiser,
 * Compiler, Programme, Vérifier, Réparer, Comparer), over any host. Journeys that need the .xlsx
 * reader (Compiler, Programme, Comparer) are loaded when opened, so the first load stays small.
 */
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, ProgressBar, Spinner, Tab, TabList, Title3, makeStyles, webLightTheme } from '@fluentui/react-components';
import type { WorkbookKind } from '../domain/workbook/recognition';
import { FamiliesPanel } from './journeys/familles/FamiliesPanel';
import { ReparerPanel } from './journeys/reparer/ReparerPanel';
import { Overview } from './Overview';
import type { PaneHost } from './pane-host';
import { PaneContext, usePaneApi } from './state';

// Loaded when opened: what a first look at the workbook does not need.
const HierarchiserPanel = React.lazy(() => import(/* webpackChunkName: "hierarchiser" */ './journeys/hierarchiser/HierarchiserPanel').then((m) => ({ default: m.HierarchiserPanel })));
const VerifierPanel = React.lazy(() => import(/* webpackChunkName: "verifier" */ './journeys/verifier/VerifierPanel').then((m) => ({ default: m.VerifierPanel })));
const CompilerPanel = React.lazy(() => import(/* webpackChunkName: "compiler" */ './journeys/compiler/CompilerPanel'));
const ProgrammePanel = React.lazy(() => import(/* webpackChunkName: "programme" */ './journeys/programme/ProgrammePanel'));
const ComparerPanel = React.lazy(() => import(/* webpackChunkName: "comparer" */ './journeys/comparer/ComparerPanel'));

export interface AppProps {
  host: PaneHost;
  /** Called after a plan is applied (the standalone page offers the download). */
  onApplied?(): void;
  /** Shown above the journeys (the standalone page's file button). */
  header?: React.ReactNode;
}

type TabId = 'familles' | 'hierarchiser' | 'compiler' | 'programme' | 'verifier' | 'reparer' | 'comparer';

const TABS: { id: TabId; label: string; kinds: WorkbookKind[] }[] = [
  { id: 'familles', label: 'Familles', kinds: ['recensement', 'document-unique'] },
  { id: 'hierarchiser', label: 'Hiérarchiser', kinds: ['document-unique'] },
  { id: 'compiler', label: 'Compiler', kinds: ['document-unique'] },
  { id: 'programme', label: 'Programme', kinds: ['document-unique', 'programme'] },
  { id: 'verifier', label: 'Vérifier', kinds: ['recensement', 'document-unique', 'programme', 'inconnu'] },
  { id: 'reparer', label: 'Réparer', kinds: ['recensement', 'document-unique', 'programme'] },
  { id: 'comparer', label: 'Comparer', kinds: ['document-unique'] },
];

const useStyles = makeStyles({
  main: { padding: '8px 10px 24px', fontFamily: 'Segoe UI, sans-serif', boxSizing: 'border-box', maxWidth: '100%', overflowX: 'hidden', overflowWrap: 'anywhere' },
  tabs: { flexWrap: 'wrap', rowGap: '0', margin: '4px 0 8px' },
  bar: { margin: '6px 0' },
});

function Journey({ tab }: { tab: TabId }) {
  switch (tab) {
    case 'familles':
      return <FamiliesPanel />;
    case 'hierarchiser':
      return <HierarchiserPanel />;
    case 'compiler':
      return <CompilerPanel />;
    case 'programme':
      return <ProgrammePanel />;
    case 'verifier':
      return <VerifierPanel />;
    case 'reparer':
      return <ReparerPanel />;
    case 'comparer':
      return <ComparerPanel />;
  }
}

export function App({ host, onApplied, header }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId | null>(null);
  const pane = usePaneApi(host, (t) => setTab(t as TabId), onApplied);
  const { state } = pane;
  React.useEffect(() => {
    void pane.run('Lecture du classeur', () => pane.refresh());
    // First read only; later reads come from the journeys and from Excel's change events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);
  const kind = state.overview?.kind;
  const tabs = kind ? TABS.filter((t) => t.kinds.includes(kind)) : [];
  const current = tab && tabs.some((t) => t.id === tab) ? tab : tabs[0]?.id ?? null;
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={pane}>
        <main className={styles.main}>
          <Title3 as="h1" style={{ fontSize: 18 }}>
            Assistant DUERP
          </Title3>
          {header}
          {state.overview && <Overview overview={state.overview} onNext={(t) => setTab(t as TabId)} />}
          {!state.overview && !state.error && <Spinner size="tiny" label="Lecture du classeur…" />}
          {state.busy && (
            <div className={styles.bar} role="status" aria-live="polite">
              <Spinner size="tiny" label={`${state.busy.label}…`} labelPosition="after" />
              {state.busy.progress !== undefined && <ProgressBar value={state.busy.progress} aria-label={state.busy.label} />}
            </div>
          )}
          {state.error && (
            <MessageBar intent="error" className={styles.bar}>
              <MessageBarBody>{state.error}</MessageBarBody>
            </MessageBar>
          )}
          {state.notice && (
            <MessageBar intent="success" className={styles.bar}>
              <MessageBarBody>{state.notice}</MessageBarBody>
            </MessageBar>
          )}
          {tabs.length > 0 && current && (
            <>
              <TabList size="small" className={styles.tabs} selectedValue={current} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Étapes">
                {tabs.map((t) => (
                  <Tab key={t.id} value={t.id}>
                    {t.label}
                  </Tab>
                ))}
              </TabList>
              <div role="tabpanel" aria-label={tabs.find((t) => t.id === current)!.label}>
                <React.Suspense fallback={<Spinner size="tiny" label="Chargement…" />}>
                  <Journey tab={current} />
                </React.Suspense>
              </div>
            </>
          )}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
