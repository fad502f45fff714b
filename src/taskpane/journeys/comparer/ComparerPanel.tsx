/** Comparer: last year's DU chosen as a file; risks added, removed, raised and lowered since. */
import { Caption1, Text, makeStyles } from '@fluentui/react-components';
import { compareDocuments, type Comparison, type RiskSummary } from '../../../domain/compare/compare';
import { FilePicker } from '../../shared/FilePicker';
import { readWorkbookFile } from '../../shared/read-files';
import { usePane, useFresh } from '../../state';

const useStyles = makeStyles({
  h: { fontSize: '14px', margin: '10px 0 2px' },
  list: { paddingLeft: '18px', margin: '2px 0', overflowWrap: 'anywhere' },
});

const ORDER: Record<string, number> = { A: 4, B: 3, C: 2, D: 1 };

function label(r: RiskSummary): string {
  return [r.situation, r.site, r.unite, r.famille].filter((x) => x !== null && x !== '').join(' — ') || `ligne ${r.row}`;
}

export default function ComparerPanel() {
  const pane = usePane();
  const styles = useStyles();
  const [result, setResult] = useFresh<{ file: string; comparison: Comparison }>();
  const choose = (files: File[]) =>
    pane.run('Comparaison', async () => {
      const older = await readWorkbookFile(files[0]);
      const fresh = await pane.refresh();
      setResult({ file: files[0].name, comparison: compareDocuments(older.snapshot, fresh.snapshot) }, fresh.version);
    });
  const c = result?.comparison;
  const indexChanges = c ? c.changed.filter((x) => x.field === 'indice') : [];
  const raised = indexChanges.filter((x) => (ORDER[String(x.after)] ?? 0) > (ORDER[String(x.before)] ?? 0));
  const lowered = indexChanges.filter((x) => (ORDER[String(x.after)] ?? 0) < (ORDER[String(x.before)] ?? 0));
  const section = (title: string, items: string[]) => (
    <div>
      <h3 className={styles.h}>
        {title} ({items.length})
      </h3>
      {items.length ? (
        <ul className={styles.list}>
          {items.slice(0, 100).map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      ) : (
        <Caption1 block>Aucun.</Caption1>
      )}
    </div>
  );
  return (
    <section aria-label="Comparer avec le document unique précédent">
      <Text block>Choisissez le document unique précédent (celui de l’an dernier) : l’assistant dit ce qui a changé depuis.</Text>
      <FilePicker label="Choisir le document unique précédent" onFiles={(f) => void choose(f)} disabled={pane.state.busy !== null} />
      {c && (
        <div aria-label="Résultat de la comparaison">
          <Text block weight="semibold" style={{ marginTop: 8 }}>
            Depuis « {result!.file} »
          </Text>
          {section('Risques ajoutés', c.added.map(label))}
          {section('Risques retirés', c.removed.map(label))}
          {section('Indices relevés', raised.map((x) => `${x.key} : ${x.before ?? '—'} → ${x.after ?? '—'}`))}
          {section('Indices abaissés', lowered.map((x) => `${x.key} : ${x.before ?? '—'} → ${x.after ?? '—'}`))}
          <Caption1 block>{c.changed.length - indexChanges.length} autre(s) modification(s) de cotation, de moyens ou de priorité.</Caption1>
        </div>
      )}
    </section>
  );
}
