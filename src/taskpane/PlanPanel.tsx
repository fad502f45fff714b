/** Repair or recompute: compute the plan, show every change, apply only on request. */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { describeChanges, type Plan } from '../domain/plans/plan';
import type { CellValue } from '../domain/workbook/snapshot';
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
  const changes = plan ? describeChanges(plan) : [];
  return (
    <section aria-label={title}>
      <Button appearance="secondary" onClick={onPlan} disabled={busy}>
        Voir ce qui changera
      </Button>
      {plan && changes.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>Rien à modifier : le classeur est à jour.</MessageBarBody>
        </MessageBar>
      )}
      {plan && changes.length > 0 && (
        <>
          <Text block>{plural(changes.length, 'modification prévue', 'modifications prévues')} :</Text>
          <Table size="extra-small" aria-label="Modifications prévues">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Cellule</TableHeaderCell>
                <TableHeaderCell>Avant → après</TableHeaderCell>
                <TableHeaderCell>Pourquoi</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {changes.slice(0, MAX_SHOWN).map((c, i) => (
                <TableRow key={i}>
                  <TableCell>{c.sheet ? `${c.sheet}!${c.cell}` : 'classeur'}</TableCell>
                  <TableCell>{`${show(c.before)} → ${show(c.after)}`}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {changes.length > MAX_SHOWN && <Text block>… et {changes.length - MAX_SHOWN} autres.</Text>}
          <Button appearance="primary" onClick={() => onApply(plan)} disabled={busy}>
            Appliquer les {changes.length} modifications
          </Button>
        </>
      )}
    </section>
  );
}
