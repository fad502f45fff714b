/**
 * The risk row the Familles journey writes into: in Excel, the row under the selection (it follows
 * the selection); on the standalone page, a row chosen from a list.
 */
import { Caption1, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { riskRowAt, riskRowChoices, type RiskRowRef } from '../../../domain/plans/row-edits';
import { recognise, tableNamed } from '../../../domain/workbook/recognise';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px', margin: '6px 0', overflowWrap: 'anywhere' },
  select: { width: '100%', maxWidth: '100%' },
});

export function rowTarget(snapshot: WorkbookSnapshot | null, selection: { sheet: string; address: string } | null, chosen: string | null): RiskRowRef | null {
  if (!snapshot) return null;
  if (selection) return riskRowAt(snapshot, selection.sheet, selection.address);
  if (!chosen) return null;
  const [sheet, row] = chosen.split('!');
  return riskRowAt(snapshot, sheet, `A${row}`);
}

/** Where to click in Excel, named by the sheet of the risk table (a census's grid, a DU's hierarchisation). */
function selectHint(snapshot: WorkbookSnapshot): string {
  const table = tableNamed(recognise(snapshot), 'risques');
  return table ? `Sélectionnez une cellule d’une ligne de risque de la feuille « ${table.sheet} ».` : 'Sélectionnez une cellule d’une ligne de risque.';
}

export interface RowTargetProps {
  snapshot: WorkbookSnapshot;
  target: RiskRowRef | null;
  followsSelection: boolean;
  chosen: string | null;
  onChoose(value: string): void;
}

export function RowTarget({ snapshot, target, followsSelection, chosen, onChoose }: RowTargetProps) {
  const styles = useStyles();
  const family = target ? String(target.cells.famille ?? '').trim() : '';
  return (
    <div className={styles.box} aria-live="polite">
      {followsSelection ? (
        <Caption1 block>Ligne sélectionnée dans Excel</Caption1>
      ) : (
        <>
          <label htmlFor="ligne-a-completer">
            <Caption1 block>Ligne à compléter</Caption1>
          </label>
          <Select id="ligne-a-completer" className={styles.select} value={chosen ?? ''} onChange={(_, d) => onChoose(d.value)}>
            <option value="">Choisir une ligne de risque…</option>
            {riskRowChoices(snapshot).map((r) => (
              <option key={`${r.sheet}!${r.row}`} value={`${r.sheet}!${r.row}`}>
                {r.label.length > 60 ? `${r.label.slice(0, 57)}…` : r.label}
              </option>
            ))}
          </Select>
        </>
      )}
      {target ? (
        <Text block size={200}>
          {target.label}
          <br />
          Type de risques : {family || '(vide)'}
        </Text>
      ) : (
        <Text block size={200}>
          {followsSelection ? selectHint(snapshot) : 'Aucune ligne choisie : la fiche se lit sans rien écrire.'}
        </Text>
      )}
    </div>
  );
}
