/** Réparer (all kinds) and, on a census or a programme, Recalculer: preview in words, then apply. */
import { Button, Text } from '@fluentui/react-components';
import { planRecompute } from '../../../domain/plans/recompute';
import { planRepair } from '../../../domain/plans/repair';
import { PlanPreview } from '../../shared/PlanPreview';
import { usePlanFlow } from '../../shared/usePlanFlow';
import { usePane } from '../../state';
import { ResidualSection } from '../../shared/ResidualSection';

export function ReparerPanel() {
  const pane = usePane();
  const kind = pane.state.overview?.kind;
  const repairFlow = usePlanFlow(planRepair);
  const recomputeFlow = usePlanFlow(planRecompute);
  const busy = pane.state.busy !== null;
  const broken = pane.state.overview?.brokenCells ?? 0;
  return (
    <div>
      <section aria-label="Réparer">
        <Text block>
          Rétablit les champs cassés des modèles diffusés (#REF!) : liens vers la fiche d’informations, site et indice de chaque ligne, titres.
          Ce qui a été saisi n’est jamais modifié.
        </Text>
        {broken > 0 && <Text block weight="semibold">{broken} cellule{broken > 1 ? 's' : ''} en #REF!.</Text>}
        <Button onClick={() => void repairFlow.show()} disabled={busy}>
          Voir ce que la réparation changera
        </Button>
        {repairFlow.preview && (
          <PlanPreview summary={repairFlow.preview.summary} applyLabel="Appliquer la réparation" onApply={() => void repairFlow.apply()} busy={busy} />
        )}
      </section>
      {kind !== 'document-unique' && (
        <section aria-label="Recalculer" style={{ marginTop: 16 }}>
          <Text block>Écrit les indices de risque (matrice G × F) en formules, les listes déroulantes et les couleurs A/B/C/D.</Text>
          <Button onClick={() => void recomputeFlow.show()} disabled={busy}>
            Voir ce que le recalcul changera
          </Button>
          {recomputeFlow.preview && (
            <PlanPreview summary={recomputeFlow.preview.summary} applyLabel="Appliquer le recalcul" onApply={() => void recomputeFlow.apply()} busy={busy} />
          )}
        </section>
      )}
      {kind === 'recensement' && <ResidualSection />}
    </div>
  );
}
