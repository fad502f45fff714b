/** The targeted row's G and F, chosen with the guide's scales beside them (annex 5), and its index. */
import * as React from 'react';
import { Badge, Button, Caption1, Select, makeStyles, tokens } from '@fluentui/react-components';
import { FREQUENCY_SCALE, GRAVITY_SCALE, INDEX_LEVELS, type Rating, type ScaleLevel } from '../../../domain/catalogue/scales';
import { readRating } from '../../../domain/method/rating';
import { riskIndex } from '../../../domain/method/risk-index';
import type { RiskRowRef } from '../../../domain/plans/row-edits';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px', margin: '6px 0' },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: '8px' },
  select: { width: '100%', minWidth: 0 },
});

function describe(scale: readonly ScaleLevel[], level: number | null): string {
  const l = scale.find((s) => s.level === level);
  if (!l) return '';
  const extra = l as ScaleLevel & { qualifier?: string; descriptions?: string[] };
  return [extra.qualifier, l.label, ...(extra.descriptions ?? [l.description])].filter(Boolean).join(' · ');
}

export function RatingPicker({ target, busy, onWrite }: { target: RiskRowRef; busy: boolean; onWrite(r: { gravite: number; frequence: number }): void }) {
  const styles = useStyles();
  const current = (field: 'gravite' | 'frequence') => {
    const r = readRating(target.cells[field] ?? null);
    return r.ok ? r.rating : null;
  };
  const [g, setG] = React.useState<number | null>(current('gravite'));
  const [f, setF] = React.useState<number | null>(current('frequence'));
  React.useEffect(() => {
    setG(current('gravite'));
    setF(current('frequence'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target.sheet, target.row, target.cells.gravite, target.cells.frequence]);
  const index = g && f ? riskIndex(g as Rating, f as Rating) : null;
  const level = index ? INDEX_LEVELS.find((l) => l.index === index)! : null;
  const changed = g !== current('gravite') || f !== current('frequence');
  return (
    <section className={styles.box} aria-label={`Cotation de la ligne ${target.row}`}>
      <div className={styles.grid}>
        <label>
          <Caption1 block>Gravité (G)</Caption1>
          <Select className={styles.select} value={g ? String(g) : ''} onChange={(_, d) => setG(d.value ? Number(d.value) : null)}>
            <option value="">—</option>
            {GRAVITY_SCALE.map((s) => (
              <option key={s.level} value={s.level}>
                {s.level} – {s.label}
              </option>
            ))}
          </Select>
        </label>
        <label>
          <Caption1 block>Fréquence (F)</Caption1>
          <Select className={styles.select} value={f ? String(f) : ''} onChange={(_, d) => setF(d.value ? Number(d.value) : null)}>
            <option value="">—</option>
            {FREQUENCY_SCALE.map((s) => (
              <option key={s.level} value={s.level}>
                {s.level} – {s.label}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {g && <Caption1 block>G{g} : {describe(GRAVITY_SCALE, g)}</Caption1>}
      {f && <Caption1 block>F{f} : {describe(FREQUENCY_SCALE, f)}</Caption1>}
      {level && (
        <Caption1 block>
          Indice{' '}
          <Badge size="small" style={{ backgroundColor: level.fill, color: level.font }}>
            {level.index}
          </Badge>{' '}
          {level.label} : {level.action}
        </Caption1>
      )}
      {g && f && changed && (
        <Button size="small" appearance="primary" disabled={busy} onClick={() => onWrite({ gravite: g, frequence: f })} style={{ marginTop: 4 }}>
          Écrire G{g} F{f} dans la ligne {target.row}
        </Button>
      )}
    </section>
  );
}
