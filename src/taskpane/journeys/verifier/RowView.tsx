/** On the standalone page (no selection to move), the row a finding points at, as it reads. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { columnNumber, parseA1 } from '../../../domain/workbook/address';
import { recognise } from '../../../domain/workbook/recognise';
import { cellValue, findSheet, type WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import { shownValue } from '../../../domain/plans/summary';

const useStyles = makeStyles({
  box: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, padding: '4px 8px', margin: '4px 0', backgroundColor: tokens.colorNeutralBackground2 },
  dl: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 40%) minmax(0, 60%)', columnGap: '6px', overflowWrap: 'anywhere' },
});

export function RowView({ snapshot, sheet, cell }: { snapshot: WorkbookSnapshot; sheet: string; cell: string }) {
  const styles = useStyles();
  const s = findSheet(snapshot, sheet);
  if (!s) return null;
  const { row, col } = parseA1(cell);
  const table = recognise(snapshot).tables.find((t) => t.sheet === sheet && row > t.headerRow && row <= Math.max(t.lastRow, t.firstRow + 500));
  const pairs: [string, string][] = table
    ? Object.values(table.columns).map((letter) => {
        const c = columnNumber(letter);
        return [String(cellValue(s, table.headerRow, c) ?? letter).replace(/\s+/g, ' ').trim(), shownValue(cellValue(s, row, c), String(cellValue(s, table.headerRow, c) ?? ''))];
      })
    : [[cell, shownValue(cellValue(s, row, col))]];
  return (
    <div className={styles.box} role="region" aria-label={`Ligne ${row} de « ${sheet} »`}>
      <Caption1 block>
        Ligne {row} de « {sheet} »
      </Caption1>
      <dl className={styles.dl}>
        {pairs.map(([k, v], i) => (
          <div key={i} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd style={{ margin: 0 }}>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
