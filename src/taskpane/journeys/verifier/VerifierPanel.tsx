/**
 * Vérifier: the check before the committee, grouped by sheet and severity, each finding leading to
 * its cell (selected in Excel; its row shown on the standalone page). Findings are computed from the
 * last read, so they follow every change; an unrecognised workbook gets no verdict at all.
 */
import * as React from 'react';
import { Badge, Button, Caption1, Link, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { Finding, Severity } from '../../../domain/check/finding';
import { runChecks, summarise } from '../../../domain/check/run-checks';
import { SEVERITY_LABELS, plural } from '../../labels';
import { usePane } from '../../state';
import { RowView } from './RowView';
import { ArchiveSection } from './ArchiveSection';

const useStyles = makeStyles({
  list: { margin: '2px 0 8px', paddingLeft: '0', listStyle: 'none' },
  item: { marginBottom: '6px', overflowWrap: 'anywhere' },
  heading: { margin: '10px 0 2px', fontSize: '14px' },
});

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Cells listed under one grouped finding before « … et N autres ». */
const MAX_CELLS = 24;

/**
 * Findings of one rule on one sheet, together when there are more than three (the 60 #REF! of a
 * template as distributed read as one line with their cells, not 60 lines).
 */
function groupByRule(findings: Finding[]): Finding[][] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule.values()].flatMap((list) => (list.length > 3 ? [list] : list.map((f) => [f])));
}

/** The same sentence once the cell's address is taken out. */
function sameMessage(group: Finding[]): boolean {
  const strip = (f: Finding) => f.message.split(f.cell).join('');
  return group.every((f) => strip(f) === strip(group[0]));
}

export function VerifierPanel() {
  const pane = usePane();
  const styles = useStyles();
  const [wanted, setWanted] = React.useState(false);
  const [shown, setShown] = React.useState<{ sheet: string; cell: string } | null>(null);
  const snapshot = pane.state.snapshot;
  const kind = pane.state.overview?.kind;
  const findings = React.useMemo(() => (wanted && snapshot && kind !== 'inconnu' ? runChecks(snapshot) : null), [wanted, snapshot, kind]);
  React.useEffect(() => setShown(null), [snapshot]);
  const check = () =>
    pane.run('Vérification', async () => {
      await pane.refresh();
      setWanted(true);
    });
  const goTo = (f: Finding) => {
    if (pane.host.select) void pane.run('Sélection de la cellule', () => pane.host.select!(f.sheet, f.cell));
    else setShown({ sheet: f.sheet, cell: f.cell });
  };

  if (kind === 'inconnu') {
    return (
      <section aria-label="Vérification">
        <MessageBar intent="warning">
          <MessageBarBody>
            Classeur non reconnu : ce n’est ni un outil de recensement, ni un document unique, ni un programme annuel de prévention. Aucune vérification
            n’est possible.
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const counts = findings ? summarise(findings) : null;
  const bySheet = new Map<string, Finding[]>();
  // A finding about the whole workbook (a sheet missing) has no sheet: it goes under the workbook.
  for (const f of findings ?? []) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return (
    <section aria-label="Vérification">
      <Text block>Les règles du guide, cellule par cellule, avant l’envoi au comité.</Text>
      <Button appearance="primary" onClick={() => void check()} disabled={pane.state.busy !== null}>
        {findings ? 'Vérifier à nouveau' : 'Vérifier le classeur'}
      </Button>
      {counts && (
        <MessageBar intent={counts.errors ? 'error' : counts.warnings ? 'warning' : 'success'} style={{ marginTop: 8 }}>
          <MessageBarBody>
            {counts.errors
              ? `${plural(counts.errors, 'erreur', 'erreurs')} à corriger avant l’envoi.`
              : 'Aucune erreur : le classeur peut être envoyé au comité.'}{' '}
            {counts.warnings > 0 && `${plural(counts.warnings, 'avertissement', 'avertissements')}. `}
            {counts.infos > 0 && `${plural(counts.infos, 'information', 'informations')}.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {[...bySheet].map(([sheet, list]) => (
        <div key={sheet}>
          <h3 className={styles.heading}>{sheet ? `Feuille « ${sheet} »` : 'Le classeur'}</h3>
          {SEVERITIES.map((sev) => {
            const part = list.filter((f) => f.severity === sev);
            if (!part.length) return null;
            return (
              <ul key={sev} className={styles.list} aria-label={`${SEVERITY_LABELS[sev]}s — ${sheet || 'le classeur'}`}>
                {groupByRule(part).map((group, i) => {
                  const f = group[0];
                  const cellLink = (x: Finding) =>
                    x.cell ? (
                      <Link key={x.cell} onClick={() => goTo(x)} aria-label={`Aller à ${x.cell} (${sheet})`} style={{ marginRight: 6 }}>
                        {x.cell}
                      </Link>
                    ) : null;
                  const opened = shown && group.find((x) => x.sheet === shown.sheet && x.cell === shown.cell);
                  return (
                    <li key={i} className={styles.item}>
                      <Badge color={BADGE[sev]} size="small">
                        {SEVERITY_LABELS[sev]}
                      </Badge>{' '}
                      {group.length === 1 ? (
                        <>
                          {cellLink(f)} {f.message}
                        </>
                      ) : (
                        <>
                          {sameMessage(group) ? f.message : `${f.message} (et ${group.length - 1} constats semblables)`}
                          <Caption1 block>
                            {group.length} cellules :{' '}
                          </Caption1>
                          <span>{group.slice(0, MAX_CELLS).map(cellLink)}</span>
                          {group.length > MAX_CELLS && <Caption1> … et {group.length - MAX_CELLS} autres</Caption1>}
                        </>
                      )}
                      {opened && snapshot && <RowView snapshot={snapshot} sheet={opened.sheet} cell={opened.cell} />}
                    </li>
                  );
                })}
              </ul>
            );
          })}
        </div>
      ))}
      {findings && findings.length === 0 && <Caption1 block>Aucune remarque.</Caption1>}
      <ArchiveSection />
    </section>
  );
}
