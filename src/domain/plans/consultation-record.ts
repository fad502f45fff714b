/**
 * The DU's consultation record (TEMPLATES.md, annex 1 step 3): sent to the committee (CTP, CT,
 * CSA), presented to the health-and-safety body (CHS, CHSCT, F-SSCT), its opinion, the head of
 * service's signature. Read from the Identification sheet by labels; `recompute` mirrors it into
 * the workbook's custom document properties, so that Excel's Fichier > Informations shows it
 * without the add-in. Dates there are text `dd/mm/yyyy`, as people read them.
 */
import { bodyOf } from '../check/rules/dates';
import { formatDate, readDate, type CalendarDate } from '../method/dates';
import { parseA1 } from '../workbook/address';
import { readField } from '../workbook/fields';
import { fieldOn, recognise, sheetWithRole } from '../workbook/recognise';
import type { Recognition } from '../workbook/recognition';
import { cellValue, findSheet, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import type { PropertyEdit } from './plan';

export interface ConsultationRecord {
  /** The committee the workbook's label names (`CTP`, `CT`, `CSA`). */
  committee: string;
  /** The health-and-safety body the workbook's labels name (`CHS`, `CHSCT`, `F-SSCT`). */
  safetyBody: string;
  transmission: CalendarDate | null;
  presentation: CalendarDate | null;
  /** The opinion as typed (`Favorable`, `Défavorable`, `Réservé`…), null when blank or no such field. */
  avis: string | null;
  dateAvis: CalendarDate | null;
  signature: CalendarDate | null;
  /** Whether the workbook has a place for the opinion (a label `Avis du CHS`, `Avis de la F-SSCT`…). */
  hasAvisField: boolean;
}

/** The custom properties, in the order they are written. */
export const RECORD_PROPERTIES = {
  version: 'DUERP_Version',
  transmission: 'DUERP_DateTransmission',
  presentation: 'DUERP_DatePresentation',
  avis: 'DUERP_Avis',
  signature: 'DUERP_DateSignature',
  bodies: 'DUERP_Instances',
} as const;

function labelOf(snapshot: WorkbookSnapshot, rec: Recognition, field: string): string | null {
  const sheetName = sheetWithRole(rec, 'identification');
  const loc = fieldOn(rec, sheetName, field);
  const sheet = sheetName ? findSheet(snapshot, sheetName) : undefined;
  if (!loc || !sheet) return null;
  const { row, col } = parseA1(loc.labelCell);
  const v = cellValue(sheet, row, col);
  return typeof v === 'string' ? v : null;
}

const text = (v: CellValue | undefined): string | null => {
  if (v === null || v === undefined || isCellError(v)) return null;
  const t = String(v).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** The record of a document unique; null for another kind of workbook. */
export function readConsultationRecord(snapshot: WorkbookSnapshot, rec: Recognition = recognise(snapshot)): ConsultationRecord | null {
  if (rec.kind !== 'document-unique') return null;
  const field = (name: string) => readField(snapshot, rec, 'identification', name);
  const date = (name: string) => {
    const f = field(name);
    return f ? readDate(f.value) : null;
  };
  const committeeLabel = labelOf(snapshot, rec, 'dateCTP');
  const chsLabel = labelOf(snapshot, rec, 'dateCHS');
  const avisLabel = labelOf(snapshot, rec, 'avis');
  // The body named by the presentation date's label, else by the opinion's, else the guide's.
  const safetyBody = bodyOf(chsLabel ?? '', '') || bodyOf(avisLabel ?? '', '') || 'CHS';
  const avis = field('avis');
  return {
    committee: committeeLabel ? bodyOf(committeeLabel, 'CTP') : 'CTP',
    safetyBody,
    transmission: date('dateCTP'),
    presentation: date('dateCHS'),
    avis: avis ? text(avis.value) : null,
    dateAvis: date('dateAvis'),
    signature: date('dateSignature'),
    hasAvisField: avis !== null,
  };
}

/** The properties the record calls for (text values; none when nothing of the record is filled in). */
export function recordProperties(record: ConsultationRecord): Record<string, string> {
  const out: Record<string, string> = {};
  if (record.transmission) out[RECORD_PROPERTIES.transmission] = formatDate(record.transmission);
  if (record.presentation) out[RECORD_PROPERTIES.presentation] = formatDate(record.presentation);
  if (record.avis) out[RECORD_PROPERTIES.avis] = record.dateAvis ? `${record.avis} (${formatDate(record.dateAvis)})` : record.avis;
  if (record.signature) out[RECORD_PROPERTIES.signature] = formatDate(record.signature);
  if (Object.keys(out).length > 0) out[RECORD_PROPERTIES.bodies] = `${record.committee} / ${record.safetyBody}`;
  return out;
}

const REASONS: Record<string, string> = {
  [RECORD_PROPERTIES.transmission]: 'Propriété du document : date de transmission',
  [RECORD_PROPERTIES.presentation]: 'Propriété du document : date de présentation',
  [RECORD_PROPERTIES.avis]: 'Propriété du document : avis de l’instance',
  [RECORD_PROPERTIES.signature]: 'Propriété du document : date de signature du chef de service',
  [RECORD_PROPERTIES.bodies]: 'Propriété du document : instances consultées',
};

/**
 * The property edits that bring the workbook's custom properties in line with its record, with
 * `DUERP_Version` one more each time the record changes. Nothing when they already agree, when
 * the workbook is not a DU, or when the host does not read properties (`snapshot.properties`
 * absent: planning them would never settle).
 */
export function planConsultationRecord(snapshot: WorkbookSnapshot, rec: Recognition = recognise(snapshot)): PropertyEdit[] {
  const existing = snapshot.properties;
  if (!existing) return [];
  const record = readConsultationRecord(snapshot, rec);
  if (!record) return [];
  const wanted = recordProperties(record);
  // Property names are compared without case, as Excel does.
  const keys = new Map(Object.keys(existing).map((k) => [k.toLowerCase(), k]));
  const had = (name: string): string | null => {
    const key = keys.get(name.toLowerCase());
    return key === undefined ? null : existing[key];
  };
  const edits: PropertyEdit[] = [];
  for (const name of Object.keys(REASONS)) {
    const before = had(name);
    const after = wanted[name] ?? null;
    if (before === after) continue;
    edits.push({ kind: 'property', name, value: after, before, reason: REASONS[name] });
  }
  if (edits.length === 0) return [];
  const before = had(RECORD_PROPERTIES.version);
  const current = before !== null && /^\s*\d+\s*$/.test(before) ? Number(before) : 0;
  edits.unshift({ kind: 'property', name: RECORD_PROPERTIES.version, value: current + 1, before, reason: 'Propriété du document : version du registre de consultation (une de plus à chaque changement)' });
  return edits;
}
