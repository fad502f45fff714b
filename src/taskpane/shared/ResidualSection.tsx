/**
 * Residual risk (the risk once the planned measures are in place): add its three columns with a
 * preview, or, when they are there, the G × F grid before and after the planned measures.
 */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles } from '@fluentui/react-components';
import { hasResidualColumns, planAddResidual, residualGrid } from '../../domain/plans/residual';
import { hierarchy } from '../../domain/overview/hierarchy';
import { GridPicture } from './GridPicture';
import { PlanPreview } from './PlanPreview';
import { usePlanFlow } from './usePlanFlow';
import { usePane } from '../state';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: '6px' },
  h: { fontSize: '14px', margin: '12px 0 4px' },
});

export function ResidualSection() {
  const pane = usePane();
  const styles = useStyles();
  const flow = usePlanFlow(planAddResidual);
  const snapshot = pane.state.snapshot;
  const recognition = pane.state.overview?.recognition ?? null;
  // The grids once per read: before (G, F) and after the planned measures (residual G, F).
  const grids = React.useMemo(
    () => (snapshot && recognition ? { current: hierarchy(snapshot, recognition).grid, residual: residualGrid(snapshot, recognition) } : null),
    [snapshot, recognition],
  );
  if (!snapshot || !recognition || !grids) return null;
  const present = hasResidualColumns(recognition);
  const busy = pane.state.busy !== null;
  return (
    <section aria-label="Risque résiduel">
      <h2 className={styles.h}>Risque résiduel</h2>
      {present ? (
        <>
          <Text block size={200}>
            Avant et après les mesures prévues (gravité et fréquence résiduelles).
          </Text>
          <div className={styles.pair}>
            <div>
              <Caption1 block>Avant</Caption1>
              <GridPicture grid={grids.current} title="Grille avant les mesures" />
            </div>
            <div>
              <Caption1 block>Après les mesures prévues</Caption1>
              <GridPicture grid={grids.residual} title="Grille après les mesures prévues" />
            </div>
          </div>
        </>
      ) : (
        <>
          <Text block size={200}>
            Trois colonnes facultatives à droite du tableau : gravité et fréquence résiduelles (une fois les mesures en place) et leur indice, en formule.
          </Text>
          <Button onClick={() => void flow.show()} disabled={busy}>
            Ajouter les colonnes du risque résiduel
          </Button>
          {flow.preview && <PlanPreview summary={flow.preview.summary} applyLabel="Ajouter les colonnes" onApply={() => void flow.apply()} busy={busy} />}
        </>
      )}
    </section>
  );
}
