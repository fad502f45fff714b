/** The check before the CTP: findings grouped by sheet; a click selects the cell where the host can. */
import { Badge, Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Finding } from '../domain/check/finding';
import { SEVERITY_LABELS, plural } from './labels';

export interface FindingsPanelProps {
  findings: Finding[] | null;
  onCheck(): void;
  onSelect?(sheet: string, cell: string): void;
  busy: boolean;
}

const COLOURS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function FindingsPanel({ findings, onCheck, onSelect, busy }: FindingsPanelProps) {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings ?? []) bySheet.set(f.sheet || 'Classeur', [...(bySheet.get(f.sheet || 'Classeur') ?? []), f]);
  const errors = (findings ?? []).filter((f) => f.severity === 'error').length;
  return (
    <section aria-label="Vérification avant le CTP">
      <Button appearance="secondary" onClick={onCheck} disabled={busy}>
        Vérifier avant l’envoi au CTP
      </Button>
      {findings && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>Aucune remarque : le classeur peut être envoyé au CTP.</MessageBarBody>
        </MessageBar>
      )}
      {findings && findings.length > 0 && (
        <Text block>
          {plural(errors, 'erreur', 'erreurs')}, {plural(findings.length - errors, 'autre remarque', 'autres remarques')}.
        </Text>
      )}
      {[...bySheet].map(([sheet, list]) => (
        <div key={sheet}>
          <Text weight="semibold" block>
            Feuille « {sheet} »
          </Text>
          <ul>
            {list.map((f, i) => (
              <li key={i}>
                <Badge color={COLOURS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>{' '}
                {onSelect && f.cell ? <Link onClick={() => onSelect(f.sheet, f.cell)}>{f.cell}</Link> : f.cell} : {f.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
