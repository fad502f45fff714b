/** The check before the CTP: every rule over one snapshot (and the programme, when given). */
import { parseA1 } from '../workbook/address';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { Recognition } from '../workbook/recognition';
import { recognise } from '../workbook/recognise';
import { buildContext } from './context';
import type { Finding } from './finding';
import { RULES } from './rules';

export interface CheckOptions {
  today?: Date;
  programme?: WorkbookSnapshot;
  /** The previous document unique, for the risks that stay intolerable (`--precedent`). */
  precedent?: WorkbookSnapshot;
  /** The snapshot's recognition, when the caller already has it (the command line opens and recognises the file). */
  recognition?: Recognition;
}

const ORDER = { error: 0, warning: 1, info: 2 };

function position(cell: string): [number, number] {
  if (!cell) return [0, 0];
  const { row, col } = parseA1(cell);
  return [row, col];
}

export function runChecks(snapshot: WorkbookSnapshot, options: CheckOptions = {}): Finding[] {
  const context = buildContext(snapshot, options.recognition ?? recognise(snapshot), options.today ?? new Date(), options.programme, options.precedent);
  const findings = RULES.filter((r) => r.appliesTo.includes(context.recognition.kind)).flatMap((r) => r.check(context));
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return findings.sort((a, b) => {
    const [ra, ca] = position(a.cell);
    const [rb, cb] = position(b.cell);
    return (sheetOrder.get(a.sheet) ?? -1) - (sheetOrder.get(b.sheet) ?? -1) || ra - rb || ca - cb || ORDER[a.severity] - ORDER[b.severity];
  });
}

export function summarise(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
