/** A plan as a person reads it: rows, fields, the catalogue sheet in one line; formulas on demand. */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanSummary, RowChange } from '../../domain/plans/summary';

const useStyles = makeStyles({
  list: { margin: '4px 0', paddingLeft: '18px', overflowWrap: 'anywhere' },
  item: { marginBottom: '4px' },
  formula: { fontFamily: 'Consolas, monospace', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  section: { marginTop: '8px' },
});

const MAX_ROWS = 60;

/** Rows by sheet, in the order they come (a compile touches the hierarchisation, Identification and Statistiques). */
function sheetsOf(rows: RowChange[]): [string, RowChange[]][] {
  const by = new Map<string, RowChange[]>();
  for (const r of rows) by.set(r.sheet, [...(by.get(r.sheet) ?? []), r]);
  return [...by];
}

export interface PlanPreviewProps {
  summary: PlanSummary;
  applyLabel: string;
  onApply(): void;
  busy: boolean;
  /** Something more to show beside the summary (warnings of a compile…). */
  children?: React.ReactNode;
}

export function PlanPreview({ summary, applyLabel, onApply, busy, children }: PlanPreviewProps) {
  const styles = useStyles();
  const [formulas, setFormulas] = React.useState(false);
  const hasFormulas = [...summary.rows.flatMap((r) => r.cells), ...summary.fields, ...summary.others].some((c) => c.formula);
  return (
    <section aria-label="Aperçu des modifications" className={styles.section}>
      <Text block weight="semibold">
        {summary.headline}
      </Text>
      {children}
      {summary.fields.length > 0 && (
        <div className={styles.section}>
          <Caption1 block>Champs d’identification</Caption1>
          <ul className={styles.list}>
            {summary.fields.map((f) => (
              <li key={`${f.sheet}!${f.cell}`} className={styles.item}>
                {f.text}
                {formulas && f.formula && <div className={styles.formula}>{f.formula}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sheetsOf(summary.rows.slice(0, MAX_ROWS)).map(([sheet, rows]) => (
        <div key={sheet} className={styles.section}>
          <Caption1 block>Lignes de « {sheet} »</Caption1>
          <ul className={styles.list}>
            {rows.map((r) => (
              <li key={`${r.sheet}!${r.row}`} className={styles.item}>
                {r.text}
                {formulas && r.cells.filter((c) => c.formula).map((c) => <div key={c.cell} className={styles.formula}>{c.cell} {c.formula}</div>)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {summary.rows.length > MAX_ROWS && <Caption1 block>… et {summary.rows.length - MAX_ROWS} autres lignes.</Caption1>}
      {summary.others.length > 0 && (
        <ul className={styles.list}>
          {summary.others.map((o) => (
            <li key={`${o.sheet}!${o.cell}`} className={styles.item}>
              {o.text}
              {formulas && o.formula && <div className={styles.formula}>{o.formula}</div>}
            </li>
          ))}
        </ul>
      )}
      {[...summary.templateRows, summary.catalogue, ...summary.countSheets, ...summary.dropdowns, ...summary.colours].filter(Boolean).map((line) => (
        <Text block key={line!} size={200}>
          {line}
        </Text>
      ))}
      {hasFormulas && (
        <Button appearance="transparent" size="small" onClick={() => setFormulas(!formulas)}>
          {formulas ? 'Masquer les formules' : 'Afficher les formules'}
        </Button>
      )}
      {!summary.empty && (
        <div className={styles.section}>
          <Button appearance="primary" onClick={onApply} disabled={busy}>
            {applyLabel}
          </Button>
        </div>
      )}
    </section>
  );
}
