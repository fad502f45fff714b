/** One thing the check before the CTP found: which rule, how serious, where, and what to do (in French). */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  rule: string;
  sheet: string;
  /** A1 address (the first cell where a finding covers a range); '' for the workbook as a whole. */
  cell: string;
  message: string;
}
