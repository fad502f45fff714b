/**
 * Familles: the 26 families of the guide, searchable, grouped génériques / particuliers; a family's
 * fiche; one click writes the family into the targeted row, or appends a danger or a prevention
 * means to what was typed. The work units of the workbook's direction are offered the same way.
 */
import * as React from 'react';
import { Button, Caption1, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { findFamily, familyLabel } from '../../../domain/catalogue/families';
import { searchFamilies } from '../../../domain/catalogue/family-search';
import type { RiskFamily, WorkUnit } from '../../../domain/catalogue/types';
import { unitLabel, unitsOf } from '../../../domain/catalogue/units';
import { workbookDirection } from '../../../domain/plans/direction';
import type { Plan } from '../../../domain/plans/plan';
import { meansField, planAppend, planSetFamily, planSetRatings, planSetUnit, riskRowAt, type RiskRowRef } from '../../../domain/plans/row-edits';
import { normaliseLabel } from '../../../domain/workbook/labels';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import { usePane } from '../../state';
import { FamilyFiche } from './FamilyFiche';
import { RowTarget, rowTarget } from './RowTarget';

const CopyRisks = React.lazy(() => import(/* webpackChunkName: "copie" */ './CopyRisks').then((m) => ({ default: m.CopyRisks })));
import { RatingPicker } from './RatingPicker';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: '2px 0 8px' },
  family: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', minWidth: 0, whiteSpace: 'normal', fontWeight: tokens.fontWeightRegular },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  group: { fontSize: '14px', margin: '10px 0 2px' },
  search: { width: '100%' },
});

type RowPlanner = (snapshot: WorkbookSnapshot, ref: RiskRowRef) => Plan;

export function FamiliesPanel() {
  const pane = usePane();
  const styles = useStyles();
  const snapshot = pane.state.snapshot;
  const [query, setQuery] = React.useState('');
  const [chosenRow, setChosenRow] = React.useState<string | null>(null);
  const [picked, setPicked] = React.useState<RiskFamily | null>(null);
  const [unitQuery, setUnitQuery] = React.useState('');
  const followsSelection = pane.host.onSelection !== undefined;
  const target = rowTarget(snapshot, followsSelection ? pane.selection : null, chosenRow);
  const rowFamily = target ? findFamily(target.cells.famille) : undefined;
  // The fiche shown: the one picked, else the targeted row's family. Moving to a row that has a
  // family shows that row's; moving to an empty row keeps the pick, ready to be written there.
  const family = picked ?? rowFamily ?? null;
  const rowKey = target ? `${target.sheet}!${target.row}` : '';
  React.useEffect(() => {
    if (rowFamily) setPicked(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowKey]);
  const busy = pane.state.busy !== null;
  const results = searchFamilies(query);
  const direction = snapshot && pane.state.overview ? workbookDirection(snapshot, pane.state.overview.recognition) : null;
  const units = direction ? unitsOf(direction).filter((u) => !unitQuery || normaliseLabel(unitLabel(u)).includes(normaliseLabel(unitQuery))) : [];

  /** Writes into the targeted row after re-reading: the row is found again in the fresh snapshot. */
  const writeRow = (what: string, done: string, planner: RowPlanner) => {
    if (!target) return;
    const { sheet, row } = target;
    const replan = (s: WorkbookSnapshot) => {
      const ref = riskRowAt(s, sheet, `A${row}`);
      if (!ref) throw new Error(`La ligne ${row} de « ${sheet} » n’est plus une ligne de risque.`);
      return planner(s, ref);
    };
    void pane.run('Écriture dans la ligne', async () => {
      const fresh = await pane.refresh();
      const plan = replan(fresh.snapshot);
      if (!plan.edits.length) {
        pane.say(`Rien à écrire : la ligne ${row} contient déjà ${what}.`);
        return;
      }
      await pane.applyPlan(plan, replan, () => `Ligne ${row} : ${done}.`);
    });
  };

  const means = target ? meansField(target) : null;
  return (
    <section aria-label="Familles de risques">
      {snapshot && <RowTarget snapshot={snapshot} target={target} followsSelection={followsSelection} chosen={chosenRow} onChoose={setChosenRow} />}
      {target && (target.table.columns.gravite || target.table.columns.frequence) && (
        <RatingPicker target={target} busy={busy} onWrite={(r) => writeRow('cette cotation', `G${r.gravite} F${r.frequence} écrites`, (s, ref) => planSetRatings(s, ref, r))} />
      )}
      <Input
        className={styles.search}
        type="search"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        placeholder="Code, sigle, mot de la fiche…"
        aria-label="Rechercher une famille de risques"
      />
      {family && (
        <div>
          {target && (
            <Button
              appearance="primary"
              disabled={busy || rowFamily?.code === family.code}
              onClick={() => writeRow(`la famille ${family.code} - ${family.abbr}`, `famille ${family.code} - ${family.abbr} écrite`, (s, ref) => planSetFamily(s, ref, family))}
              style={{ marginTop: 8 }}
            >
              {rowFamily?.code === family.code ? `Ligne ${target.row} : déjà ${family.abbr}` : `Écrire ${family.code} - ${family.abbr} dans la ligne ${target.row}`}
            </Button>
          )}
          <FamilyFiche
            family={family}
            busy={busy}
            onAddDanger={target && target.table.columns.danger ? (t) => writeRow('ce danger', 'danger ajouté', (s, ref) => planAppend(s, ref, 'danger', t)) : undefined}
            onAddMeans={target && means ? (t) => writeRow('ce moyen de prévention', 'moyen de prévention ajouté', (s, ref) => planAppend(s, ref, means, t)) : undefined}
          />
          <Button appearance="subtle" size="small" onClick={() => setPicked(null)}>
            Retour à la liste
          </Button>
        </div>
      )}
      {(['générique', 'particulier'] as const).map((group) => {
        const part = results.filter((f) => f.group === group);
        if (!part.length) return null;
        return (
          <div key={group}>
            <h2 className={styles.group}>{group === 'générique' ? 'Risques génériques' : 'Risques particuliers'}</h2>
            <ul className={styles.list}>
              {part.map((f) => (
                <li key={f.code}>
                  <Button
                    appearance="subtle"
                    className={mergeClasses(styles.family, family?.code === f.code && styles.chosen)}
                    onClick={() => setPicked(f)}
                    aria-label={`Famille ${familyLabel(f)}`}
                    aria-pressed={family?.code === f.code}
                  >
                    {f.code} · {f.abbr} — {f.title}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {results.length === 0 && <Text block>Aucune famille ne contient « {query} ».</Text>}
      {target && target.table.columns.unite && (
        <div>
          <h2 className={styles.group}>Unités de travail{direction ? ` (${direction})` : ''}</h2>
          {!direction && <Caption1 block>Choisissez d’abord la direction générale du classeur : ses unités seront proposées ici.</Caption1>}
          {direction && (
            <>
              <Input className={styles.search} type="search" value={unitQuery} onChange={(_, d) => setUnitQuery(d.value)} aria-label="Filtrer les unités de travail" placeholder="Code ou intitulé…" />
              <ul className={styles.list}>
                {units.slice(0, 80).map((u: WorkUnit) => (
                  <li key={u.code}>
                    <Button
                      appearance="subtle"
                      className={styles.family}
                      disabled={busy}
                      onClick={() => writeRow(`l’unité ${u.code}`, `unité ${u.code} écrite`, (s, ref) => planSetUnit(s, ref, u))}
                      aria-label={`Écrire l’unité ${unitLabel(u)} dans la ligne ${target.row}`}
                    >
                      {u.code} — {u.title}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <React.Suspense fallback={null}>
        <CopyRisks direction={direction} />
      </React.Suspense>
    </section>
  );
}
