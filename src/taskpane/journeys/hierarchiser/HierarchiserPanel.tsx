/** Hiérarchiser (DU): recompute with its preview, then the picture: letters, the G × F grid, the first risks by rank. */
import * as React from 'react';
import { Badge, Button, Caption1, Text, makeStyles } from '@fluentui/react-components';
import { INDEX_LEVELS } from '../../../domain/catalogue/scales';
import { hierarchy } from '../../../domain/overview/hierarchy';
import { planRecompute } from '../../../domain/plans/recompute';
import { GridPicture } from '../../shared/GridPicture';
import { ResidualSection } from '../../shared/ResidualSection';
import { syntheseCounts } from '../../../domain/plans/synthese';
import { PlanPreview } from '../../shared/PlanPreview';
import { usePlanFlow } from '../../shared/usePlanFlow';
import { usePane } from '../../state';

const useStyles = makeStyles({
  letters: { display: 'flex', flexWrap: 'wrap', gap: '6px', margin: '6px 0' },
  list: { margin: '4px 0', paddingLeft: '0', listStyle: 'none' },
  item: { marginBottom: '6px', overflowWrap: 'anywhere' },
});

const TOP = 10;

export function HierarchiserPanel() {
  const pane = usePane();
  const styles = useStyles();
  const flow = usePlanFlow(planRecompute);
  const busy = pane.state.busy !== null;
  const snapshot = pane.state.snapshot;
  // Once per read, not once per render (a spinner re-renders the panel).
  const h = React.useMemo(() => (snapshot ? hierarchy(snapshot, pane.state.overview?.recognition) : null), [snapshot, pane.state.overview]);
  return (
    <section aria-label="Hiérarchiser">
      <Text block>Indices (matrice G × F), rang automatique, listes déroulantes et couleurs. La priorité retenue par le GT n’est jamais modifiée.</Text>
      <Button onClick={() => void flow.show()} disabled={busy}>
        Voir ce que la hiérarchisation changera
      </Button>
      {flow.preview && <PlanPreview summary={flow.preview.summary} applyLabel="Appliquer la hiérarchisation" onApply={() => void flow.apply()} busy={busy} />}
      {h && (
        <div style={{ marginTop: 12 }}>
          <Text block weight="semibold">
            Risques par indice
          </Text>
          <div className={styles.letters}>
            {INDEX_LEVELS.map((l) => (
              <Badge key={l.index} style={{ backgroundColor: l.fill, color: l.font }} title={`${l.label} : ${l.action}`}>
                {l.index} {l.label} : {h.letters[l.index]}
              </Badge>
            ))}
          </div>
          {h.unrated > 0 && <Caption1 block>{h.unrated} risque(s) sans cotation complète (G et F de 1 à 4).</Caption1>}
          <GridPicture grid={h.grid} title="Grille gravité × fréquence" />
          <Text block weight="semibold" style={{ marginTop: 8 }}>
            Premiers risques au rang
          </Text>
          <ol className={styles.list} aria-label="Premiers risques au rang">
            {h.ranked.slice(0, TOP).map((r) => (
              <li key={r.row} className={styles.item}>
                <Badge style={{ backgroundColor: INDEX_LEVELS.find((l) => l.index === r.index)!.fill, color: INDEX_LEVELS.find((l) => l.index === r.index)!.font }}>{r.index}</Badge>{' '}
                <strong>Rang {r.rank}</strong> — {r.situation || r.family}
                <Caption1 block>
                  {[r.unit, r.family, `G${r.gravity} F${r.frequency}`].filter(Boolean).join(' · ')}
                  {r.priority ? ` · Priorité du GT : ${r.priority}` : ''}
                </Caption1>
              </li>
            ))}
          </ol>
          {h.ranked.length === 0 && <Caption1 block>Aucun risque coté pour l’instant : compilez les recensements.</Caption1>}
          <Counts snapshot={pane.state.snapshot!} />
          <ResidualSection />
        </div>
      )}
    </section>
  );
}

/** The Synthèse sheet's counts per family and per unit, as the sheet shows them (most first). */
function Counts({ snapshot }: { snapshot: Parameters<typeof syntheseCounts>[0] }) {
  const styles = useStyles();
  const counts = React.useMemo(() => syntheseCounts(snapshot), [snapshot]);
  const top = (lines: { label: string; count: number }[]) => lines.filter((l) => l.count > 0).sort((a, b) => b.count - a.count).slice(0, 8);
  const families = top(counts.families);
  const units = top(counts.units);
  if (!families.length && !units.length) return null;
  return (
    <div aria-label="Synthèse par famille et par unité">
      <Text block weight="semibold" style={{ marginTop: 8 }}>
        Par famille de risques
      </Text>
      <ul className={styles.list}>
        {families.map((l) => (
          <li key={l.label} className={styles.item}>
            <strong>{l.count}</strong> · {l.label}
          </li>
        ))}
      </ul>
      <Text block weight="semibold">
        Par unité de travail
      </Text>
      <ul className={styles.list}>
        {units.map((l) => (
          <li key={l.label} className={styles.item}>
            <strong>{l.count}</strong> · {l.label}
          </li>
        ))}
      </ul>
      <Caption1 block>La feuille « Synthèse » du classeur porte ces comptes en formules (écrite par la hiérarchisation).</Caption1>
    </div>
  );
}
