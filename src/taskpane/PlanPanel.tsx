/** Repair or recompute: compute the plan, show every change, apply only on request. */
import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { describeChanges, type Plan } from '../domain/plans/plan';
import type { CellValue } from '../domain/workbook/snapshot';
import { CATALOGUE_SHEET } from '../domain/workbook/specs';
import { plural } from './labels';

export interface PlanPanelProps {
  title: string;
  plan: Plan | null;
  onPlan(): void;
  onApply(plan: Plan): void;
  busy: boolean;
}

const MAX_SHOWN = 200;

function show(v: CellValue | string): string {
  if (v === null || v === '') return '(vide)';
  return typeof v === 'object' ? v.error : String(v);
}

export function PlanPanel({ title, plan, onPlan, onApply, busy }: PlanPanelProps) {
  const all = plan ? describeChanges(plan) : [];
  // The catalogue sheet's cells are ours and many: one line says them all.
  const catalogueCells = all.filter((c) => c.sheet === CATALOGUE_SHEET && c.kind === 'value').length;
  const shown = all.filter((c) => !(c.sheet === CATALOGUE_SHEET && c.kind === 'value'));
  return (
    <section aria-label={title}>
      <Button appearance="secondary" onClick={onPlan} disabled={busy}>
        Voir ce qui changera
      </Button>
      {plan && all.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>Rien à modifier : le classeur est à jour.</MessageBarBody>
        </MessageBar>
      )}
      {plan && all.length > 0 && (
        <>
          <Text block>{plural(all.length, 'modification prévue', 'modifications prévues')} :</Text>
          <Table size="extra-small" aria-label="Modifications prévues">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Cellule</TableHeaderCell>
                <TableHeaderCell>Avant → après</TableHeaderCell>
                <TableHeaderCell>Pourquoi</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {catalogueCells > 0 && (
                <TableRow>
                  <TableCell>{CATALOGUE_SHEET}</TableCell>
                  <TableCell>{plural(catalogueCells, 'cellule écrite', 'cellules écrites')}</TableCell>
                  <TableCell>Catalogues du guide (listes, matrice G × F)</TableCell>
                </TableRow>
              )}
              {shown.slice(0, MAX_SHOWN).map((c, i) => (
                <TableRow key={i}>
                  <TableCell>{c.sheet ? `${c.sheet}!${c.cell}` : 'classeur'}</TableCell>
                  <TableCell>{`${show(c.before)} → ${show(c.after)}`}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {shown.length > MAX_SHOWN && <Text block>… et {shown.length - MAX_SHOWN} autres.</Text>}
          <Button appearance="primary" onClick={() => onApply(plan)} disabled={busy}>
            Appliquer les {all.length} modifications
          </Button>
        </>
      )}
    </section>
  );
}
