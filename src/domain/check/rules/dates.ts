/** Dates the rules read: the update date of each kind, every update date, and the two consultation dates. */
import { normaliseLabel } from '../../workbook/labels';
import { fieldOn, sheetWithRole } from '../../workbook/recognise';
import type { SheetRole, WorkbookKind } from '../../workbook/recognition';
import { cellValue, findSheet } from '../../workbook/snapshot';
import { parseA1 } from '../../workbook/address';
import type { CheckContext, FieldValue } from '../context';

export const UPDATE_DATE: Record<Exclude<WorkbookKind, 'inconnu'>, [SheetRole, string]> = {
  recensement: ['informations', 'dateMiseAJour'],
  'document-unique': ['identification', 'le'],
  programme: ['informations', 'dateMiseAJour'],
};

/** Every date that says when the document was brought up to date: none of them can be in the future. */
export const UPDATE_DATE_FIELDS: [SheetRole, string][] = [
  ['informations', 'dateMiseAJour'], ['identification', 'le'], ['at-mp', 'dateMiseAJour'],
];

export function updateDate(c: CheckContext): FieldValue | null {
  const spot = c.recognition.kind === 'inconnu' ? null : UPDATE_DATE[c.recognition.kind];
  return spot ? c.field(spot[0], spot[1]) : null;
}

/** A consultation date with the body the workbook names (CTP, CT, CSA; CHS, CHSCT, F-SSCT). */
export interface ConsultationDate extends FieldValue {
  body: string;
}

const BODIES: [RegExp, string][] = [
  [/\bf ?ssct\b|\bfs\b|formation specialisee/, 'F-SSCT'],
  [/\bchsct\b/, 'CHSCT'],
  [/\bchs\b/, 'CHS'],
  [/\bcsa\b/, 'CSA'],
  [/\bctp\b/, 'CTP'],
  [/\bct\b/, 'CT'],
];

/** The body a label names (`Date de présentation à la F-SSCT :` → `F-SSCT`), else the guide's. */
export function bodyOf(label: string, fallback: string): string {
  const n = normaliseLabel(label);
  for (const [re, body] of BODIES) if (re.test(n)) return body;
  return fallback;
}

/** The body with its preposition, as a sentence needs it: `au CTP`, `au CSA`, `à la F-SSCT`. */
export function toBody(body: string): string {
  return body === 'F-SSCT' ? `à la ${body}` : `au ${body}`;
}

function consultation(c: CheckContext, role: SheetRole, field: string, fallback: string): ConsultationDate | null {
  const f = c.field(role, field);
  if (!f) return null;
  const loc = fieldOn(c.recognition, sheetWithRole(c.recognition, role), field);
  const sheet = findSheet(c.snapshot, f.sheet);
  const at = loc && parseA1(loc.labelCell);
  const label = sheet && at ? cellValue(sheet, at.row, at.col) : null;
  return { ...f, body: typeof label === 'string' ? bodyOf(label, fallback) : fallback };
}

export function ctpAndChs(c: CheckContext): { ctp: ConsultationDate | null; chs: ConsultationDate | null } {
  const role: SheetRole = c.recognition.kind === 'document-unique' ? 'identification' : 'informations';
  return { ctp: consultation(c, role, 'dateCTP', 'CTP'), chs: consultation(c, role, 'dateCHS', 'CHS') };
}
