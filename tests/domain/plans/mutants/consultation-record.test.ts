/**
 * Mutants of src/domain/plans/consultation-record.ts: the DU's consultation record, read from the
 * Identification sheet and mirrored into the workbook's custom properties.
 */
import { applyPlanToSnapshot } from '../../../../src/domain/plans/apply-to-snapshot';
import {
  RECORD_PROPERTIES as P,
  planConsultationRecord,
  readConsultationRecord,
  recordProperties,
  type ConsultationRecord,
} from '../../../../src/domain/plans/consultation-record';
import { censusLayout, documentUniqueLayout, layoutToSnapshot, type TemplateLayout } from '../../../../src/domain/templates';
import type { WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { csaDocumentUnique } from '../../../fixtures/csa';
import { filledDocumentUnique } from '../../../fixtures/generate';
import { fill } from '../../../fixtures/transforms';

const OCT15 = { year: 2026, month: 10, day: 15 };
const NOV4 = { year: 2026, month: 11, day: 4 };
const NOV9 = { year: 2026, month: 11, day: 9 };

const ident = (layout: TemplateLayout, cells: Parameters<typeof fill>[2]) => fill(layout, 'Identification', cells);
const withProps = (layout: TemplateLayout, properties?: Record<string, string>): WorkbookSnapshot => ({ ...layoutToSnapshot(layout), ...(properties ? { properties } : {}) });

const record = (over: Partial<ConsultationRecord> = {}): ConsultationRecord => ({
  committee: 'CTP',
  safetyBody: 'CHS',
  transmission: null,
  presentation: null,
  avis: null,
  dateAvis: null,
  signature: null,
  hasAvisField: true,
  ...over,
});

describe('readConsultationRecord', () => {
  it('is null for a workbook that is not a document unique', () => {
    expect(readConsultationRecord(layoutToSnapshot(censusLayout({ broken: false })))).toBeNull();
  });

  it('reads the guide’s labels (CTP, CHS) and the dates typed beside them', () => {
    expect(readConsultationRecord(layoutToSnapshot(filledDocumentUnique({ broken: false })))).toEqual({
      committee: 'CTP',
      safetyBody: 'CHS',
      transmission: OCT15,
      presentation: NOV4,
      avis: null,
      dateAvis: null,
      signature: null,
      hasAvisField: true,
    });
  });

  it('reads the bodies the labels name today (CSA, F-SSCT), the opinion and the signature', () => {
    expect(readConsultationRecord(layoutToSnapshot(csaDocumentUnique()))).toEqual({
      committee: 'CSA',
      safetyBody: 'F-SSCT',
      transmission: OCT15,
      presentation: NOV4,
      avis: 'Favorable',
      dateAvis: NOV4,
      signature: NOV9,
      hasAvisField: true,
    });
  });

  it('takes the safety body from the opinion’s label when the presentation’s names none, else the guide’s', () => {
    const base = csaDocumentUnique();
    const fromAvis = ident(base, { B30: 'Date de présentation' });
    expect(readConsultationRecord(layoutToSnapshot(fromAvis))?.safetyBody).toBe('F-SSCT');
    const none = ident(base, { B30: 'Date de présentation', B31: 'Avis' });
    expect(readConsultationRecord(layoutToSnapshot(none))?.safetyBody).toBe('CHS');
    const chsct = ident(base, { B30: 'Date de présentation au CHSCT', B31: 'Avis' });
    expect(readConsultationRecord(layoutToSnapshot(chsct))?.safetyBody).toBe('CHSCT');
  });

  it('names the committee its label names, and the guide’s CTP when there is no such label', () => {
    const ct = readConsultationRecord(layoutToSnapshot(ident(csaDocumentUnique(), { B29: 'Date de transmission au CT' })));
    expect(ct?.committee).toBe('CT');
    expect(ct?.transmission).toEqual(OCT15);
    const none = readConsultationRecord(layoutToSnapshot(ident(csaDocumentUnique(), { B29: 'Observations' })));
    expect(none?.committee).toBe('CTP');
    expect(none?.transmission).toBeNull();
  });

  it('reads the opinion as typed, spaces tidied, and nothing when blank or an error', () => {
    const avis = (v: Parameters<typeof fill>[2][string]) => readConsultationRecord(layoutToSnapshot(ident(csaDocumentUnique(), { C31: v })))?.avis;
    expect(avis('  Très   favorable\n')).toBe('Très favorable');
    expect(avis('   ')).toBeNull();
    expect(avis({ error: '#N/A' })).toBeNull();
    expect(avis(3)).toBe('3');
  });

  it('has no opinion and says so when the workbook has no place for it', () => {
    const r = readConsultationRecord(layoutToSnapshot(ident(csaDocumentUnique(), { B31: 'Observations' })));
    expect(r?.hasAvisField).toBe(false);
    expect(r?.avis).toBeNull();
  });

  it('reads a date typed as text, and nothing from a text that is no date', () => {
    const r = readConsultationRecord(layoutToSnapshot(ident(csaDocumentUnique(), { C29: '15/10/2026', C33: 'bientôt' })));
    expect(r?.transmission).toEqual(OCT15);
    expect(r?.signature).toBeNull();
  });
});

describe('recordProperties', () => {
  it('is empty when nothing of the record is filled in', () => {
    expect(recordProperties(record())).toEqual({});
    expect(recordProperties(record({ dateAvis: NOV4 }))).toEqual({});
  });

  it('writes each date as dd/mm/yyyy and names the bodies once anything is there', () => {
    expect(recordProperties(record({ signature: NOV9 }))).toEqual({ [P.signature]: '09/11/2026', [P.bodies]: 'CTP / CHS' });
    expect(recordProperties(record({ transmission: OCT15, committee: 'CSA', safetyBody: 'F-SSCT' }))).toEqual({
      [P.transmission]: '15/10/2026',
      [P.bodies]: 'CSA / F-SSCT',
    });
    expect(recordProperties(record({ presentation: NOV4 }))).toEqual({ [P.presentation]: '04/11/2026', [P.bodies]: 'CTP / CHS' });
  });

  it('writes the opinion with its date when there is one', () => {
    expect(recordProperties(record({ avis: 'Favorable', dateAvis: NOV4 }))[P.avis]).toBe('Favorable (04/11/2026)');
    expect(recordProperties(record({ avis: 'Réservé' }))[P.avis]).toBe('Réservé');
  });
});

describe('planConsultationRecord', () => {
  it('plans nothing when the host does not read properties, or the workbook is not a DU', () => {
    expect(planConsultationRecord(withProps(csaDocumentUnique()))).toEqual([]);
    expect(planConsultationRecord(withProps(censusLayout({ broken: false }), {}))).toEqual([]);
  });

  it('writes the record and version 1 into a workbook without properties, version first', () => {
    const edits = planConsultationRecord(withProps(csaDocumentUnique(), {}));
    expect(edits.map((e) => [e.name, e.value, e.before])).toEqual([
      [P.version, 1, null],
      [P.transmission, '15/10/2026', null],
      [P.presentation, '04/11/2026', null],
      [P.avis, 'Favorable (04/11/2026)', null],
      [P.signature, '09/11/2026', null],
      [P.bodies, 'CSA / F-SSCT', null],
    ]);
    for (const e of edits) expect(e.reason.trim()).not.toBe('');
  });

  it('plans nothing once the properties agree, and one more version when the record changes', () => {
    const s = withProps(csaDocumentUnique(), { Autre: 'x' });
    const written = applyPlanToSnapshot(s, { command: 't', edits: planConsultationRecord(s) });
    expect(written.properties?.[P.version]).toBe('1');
    expect(planConsultationRecord(written)).toEqual([]);

    const changed = { ...layoutToSnapshot(ident(csaDocumentUnique(), { C31: 'Défavorable' })), properties: written.properties };
    const edits = planConsultationRecord(changed);
    expect(edits.map((e) => [e.name, e.value, e.before])).toEqual([
      [P.version, 2, '1'],
      [P.avis, 'Défavorable (04/11/2026)', 'Favorable (04/11/2026)'],
    ]);
  });

  it('compares property names without case, as Excel does', () => {
    const s = withProps(csaDocumentUnique(), {
      duerp_version: ' 4 ',
      DUERP_DATETRANSMISSION: '15/10/2026',
      duerp_datepresentation: '04/11/2026',
      DUERP_avis: 'Favorable (04/11/2026)',
      DUERP_DateSignature: '01/01/2026',
      duerp_instances: 'CSA / F-SSCT',
    });
    expect(planConsultationRecord(s).map((e) => [e.name, e.value, e.before])).toEqual([
      [P.version, 5, ' 4 '],
      [P.signature, '09/11/2026', '01/01/2026'],
    ]);
  });

  it('removes a property the record no longer calls for, and restarts a version that is not a number', () => {
    const noAvis = csaDocumentUnique({ avis: null });
    const s = withProps(noAvis, {
      DUERP_Version: 'v2',
      [P.transmission]: '15/10/2026',
      [P.presentation]: '04/11/2026',
      [P.avis]: 'Favorable',
      [P.signature]: '09/11/2026',
      [P.bodies]: 'CSA / F-SSCT',
    });
    expect(planConsultationRecord(s).map((e) => [e.name, e.value, e.before])).toEqual([
      [P.version, 1, 'v2'],
      [P.avis, null, 'Favorable'],
    ]);
  });

  it('plans nothing for an empty record in a workbook without properties', () => {
    expect(planConsultationRecord(withProps(documentUniqueLayout({ broken: false }), {}))).toEqual([]);
  });
});

