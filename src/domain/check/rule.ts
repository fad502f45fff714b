/** A rule of the check before the CTP: one file each under rules/. */
import type { WorkbookKind } from '../workbook/recognition';
import type { CheckContext } from './context';
import type { Finding, Severity } from './finding';

export interface Rule {
  id: string;
  /** The usual severity (listed in the README); a rule may say less where the issue allows. */
  severity: Severity;
  /** What it checks, in French, for the README. */
  title: string;
  appliesTo: WorkbookKind[];
  check(context: CheckContext): Finding[];
}

export const ALL_KINDS: WorkbookKind[] = ['recensement', 'document-unique', 'programme'];
export const RISK_KINDS: WorkbookKind[] = ['recensement', 'document-unique'];
