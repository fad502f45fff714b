/** Dates the rules read: the update date of each kind, and every date field. */
import type { SheetRole, WorkbookKind } from '../../workbook/recognition';
import type { CheckContext, FieldValue } from '../context';

export const UPDATE_DATE: Record<Exclude<WorkbookKind, 'inconnu'>, [SheetRole, string]> = {
  recensement: ['informations', 'dateMiseAJour'],
  'document-unique': ['identification', 'le'],
  programme: ['informations', 'dateMiseAJour'],
};

export const DATE_FIELDS: [SheetRole, string][] = [
  ['informations', 'dateMiseAJour'], ['identification', 'le'], ['identification', 'dateCTP'], ['identification', 'dateCHS'],
  ['informations', 'dateCTP'], ['informations', 'dateCHS'], ['at-mp', 'dateMiseAJour'],
];

export function updateDate(c: CheckContext): FieldValue | null {
  const spot = c.recognition.kind === 'inconnu' ? null : UPDATE_DATE[c.recognition.kind];
  return spot ? c.field(spot[0], spot[1]) : null;
}

export function ctpAndChs(c: CheckContext): { ctp: FieldValue | null; chs: FieldValue | null } {
  const role: SheetRole = c.recognition.kind === 'document-unique' ? 'identification' : 'informations';
  return { ctp: c.field(role, 'dateCTP'), chs: c.field(role, 'dateCHS') };
}
