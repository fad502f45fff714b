/** What the open workbook is and holds, and the one next useful action. */
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { INDEX_LEVELS } from '../domain/catalogue/scales';
import type { WorkbookOverview } from '../domain/overview/overview';
import { KIND_LABELS, plural } from './labels';

const useStyles = makeStyles({
  card: { padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2, margin: '6px 0' },
  letters: { display: 'flex', flexWrap: 'wrap', gap: '4px', margin: '4px 0' },
});

/** Which tab the next action opens. */
export const NEXT_TAB: Record<string, string> = { reparer: 'reparer', recalculer: 'reparer', hierarchiser: 'hierarchiser', compiler: 'compiler', verifier: 'verifier' };

export function Overview({ overview, onNext }: { overview: WorkbookOverview; onNext(tab: string): void }) {
  const styles = useStyles();
  const o = overview;
  if (o.kind === 'inconnu') {
    return (
      <div className={styles.card} role="status">
        <Text block weight="semibold">
          {KIND_LABELS.inconnu}
        </Text>
        <Caption1 block>
          Ni outil de recensement, ni document unique, ni programme annuel : ouvrez un classeur du guide, ou créez-en un avec « duerp new ».
        </Caption1>
      </div>
    );
  }
  const facts: string[] = [];
  if (o.kind === 'programme') facts.push(plural(o.actions, 'action', 'actions'));
  else facts.push(plural(o.riskRows, 'risque', 'risques'), plural(o.units, 'unité de travail', 'unités de travail'));
  if (o.brokenCells) facts.push(plural(o.brokenCells, 'cellule en #REF!', 'cellules en #REF!'));
  return (
    <div className={styles.card} role="status" aria-label="Le classeur ouvert">
      <Text block weight="semibold">
        {KIND_LABELS[o.kind]}
      </Text>
      <Caption1 block>{facts.join(' · ')}</Caption1>
      {(o.riskRows > 0 || o.actions > 0) && (
        <div className={styles.letters}>
          {INDEX_LEVELS.map((l) => (
            <Badge key={l.index} size="small" style={{ backgroundColor: l.fill, color: l.font }} aria-label={`${o.letters[l.index]} risque(s) ${l.index} (${l.label})`}>
              {l.index} : {o.letters[l.index]}
            </Badge>
          ))}
          {o.unrated > 0 && <Caption1>{o.unrated} non coté(s)</Caption1>}
        </div>
      )}
      {o.next && (
        <>
          <Caption1 block>{o.next.why}</Caption1>
          <Button size="small" appearance="primary" onClick={() => onNext(NEXT_TAB[o.next!.action])} style={{ marginTop: 4 }}>
            {o.next.label}
          </Button>
        </>
      )}
    </div>
  );
}
