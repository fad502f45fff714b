/** A family's fiche, its parts as headings; each danger and prevention means can be added to the row. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RiskFamily } from '../../../domain/catalogue/types';

const useStyles = makeStyles({
  h2: { fontSize: '16px', margin: '8px 0 4px' },
  h3: { fontSize: '14px', margin: '10px 0 2px' },
  h4: { fontSize: '13px', margin: '6px 0 2px', color: tokens.colorNeutralForeground2 },
  list: { margin: '2px 0', paddingLeft: '18px', overflowWrap: 'anywhere' },
  item: { marginBottom: '4px' },
  add: { minWidth: 'auto', padding: '0 4px', marginLeft: '2px' },
});

export interface FamilyFicheProps {
  family: RiskFamily;
  /** Row label when a row is targeted: the add buttons appear. */
  onAddDanger?(text: string): void;
  onAddMeans?(text: string): void;
  busy: boolean;
}

const MEANS: [keyof RiskFamily['prevention'], string][] = [
  ['organisationnels', 'Organisationnels'],
  ['collectifs', 'Techniques collectifs'],
  ['individuels', 'Individuels'],
  ['humains', 'Humains'],
];

export function FamilyFiche({ family, onAddDanger, onAddMeans, busy }: FamilyFicheProps) {
  const styles = useStyles();
  const list = (items: string[], onAdd?: (t: string) => void, what?: string) =>
    items.length ? (
      <ul className={styles.list}>
        {items.map((t, i) => (
          <li key={i} className={styles.item}>
            {t}
            {onAdd && (
              <Button className={styles.add} size="small" appearance="transparent" disabled={busy} onClick={() => onAdd(t)} aria-label={`Ajouter ${what} : ${t}`}>
                + ajouter
              </Button>
            )}
          </li>
        ))}
      </ul>
    ) : (
      <Text block size={200}>
        (le guide n’en donne pas)
      </Text>
    );
  return (
    <article aria-label={`Fiche ${family.code} - ${family.abbr}`}>
      <h2 className={styles.h2}>
        {family.code} - {family.title} ({family.abbr})
      </h2>
      <h3 className={styles.h3}>Définition</h3>
      <Text block>{family.definition}</Text>
      <h3 className={styles.h3}>Dangers</h3>
      {list(family.dangers, onAddDanger, 'au danger de la ligne')}
      <h3 className={styles.h3}>Dommages</h3>
      {list(family.dommages)}
      <h3 className={styles.h3}>Facteurs</h3>
      {list(family.facteurs)}
      <h3 className={styles.h3}>Moyens de prévention</h3>
      {MEANS.map(([key, title]) => (
        <div key={key}>
          <h4 className={styles.h4}>{title}</h4>
          {list(family.prevention[key], onAddMeans, 'aux moyens de prévention de la ligne')}
        </div>
      ))}
      <h3 className={styles.h3}>Pistes d’investigation</h3>
      {list(family.pistes)}
    </article>
  );
}
