/** What a host (Excel through Office.js, or an .xlsx package) offers the commands. */
import type { Plan } from '../plans/plan';
import type { WorkbookSnapshot } from './snapshot';

export interface WorkbookHost {
  /** One batched read of every sheet. */
  read(): Promise<WorkbookSnapshot>;
  /** One batched write of the whole plan. */
  apply(plan: Plan): Promise<void>;
}
