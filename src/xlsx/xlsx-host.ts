/** The .xlsx host: a workbook held as bytes (command line, standalone page). */
import type { Plan } from '../domain/plans/plan';
import type { WorkbookHost } from '../domain/workbook/host';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { applyPlan } from './apply-plan';
import { readSnapshot } from './read-snapshot';

export class XlsxHost implements WorkbookHost {
  constructor(private current: Uint8Array) {}

  async read(): Promise<WorkbookSnapshot> {
    return readSnapshot(this.current);
  }

  async apply(plan: Plan): Promise<void> {
    this.current = applyPlan(this.current, plan);
  }

  bytes(): Uint8Array {
    return this.current;
  }
}
