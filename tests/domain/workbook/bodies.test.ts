/**
 * The consultation bodies of today: a DU whose labels name the CSA and its formation spécialisée
 * (F-SSCT, FSSCT, FS, « formation spécialisée ») is recognised with the same fields as the guide's,
 * checks cleanly once repaired and recomputed, and its messages name the bodies it names. Its
 * consultation record (opinion, signature) is read from its labels.
 */
import { runChecks } from '../../../src/domain/check/run-checks';
import type { Finding } from '../../../src/domain/check/finding';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { readConsultationRecord } from '../../../src/domain/plans/consultation-record';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair } from '../../../src/domain/plans/repair';
import { documentUniqueLayout, layoutToSnapshot } from '../../../src/domain/templates';
import { readField } from '../../../src/domain/workbook/fields';
import { workbookDirection } from '../../../src/domain/plans/direction';
import { recognise } from '../../../src/domain/workbook/recognise';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { applyPlan } from '../../../src/xlsx/apply-plan';
import { readSnapshot } from '../../../src/xlsx/read-snapshot';
import { CSA_DATES, csaDocumentUnique, csaDocumentUniqueBytes } from '../../fixtures/csa';
import { fill } from '../../fixtures/transforms';

const TODAY = new Date(2026, 10, 22);
const ID = 'Identification';

function clean(s: WorkbookSnapshot): WorkbookSnapshot {
  const repaired = applyPlanToSnapshot(s, planRepair(s));
  return applyPlanToSnapshot(repaired, planRecompute(repaired));
}

const findings = (s: WorkbookSnapshot, rule: string): Finding[] => runChecks(s, { today: TODAY }).filter((f) => f.rule === rule);

describe.each([
  ['F-SSCT', false],
  ['FSSCT', false],
  ['FS', false],
  ['formation spécialisée', false],
  ['F-SSCT', true],
] as const)('a DU of today naming the CSA and the %s (capitals: %s)', (fs, shout) => {
  const snapshot = layoutToSnapshot(csaDocumentUnique({ fs, shout }));
  const rec = recognise(snapshot);
  const field = (name: string) => readField(snapshot, rec, 'identification', name);

  it('is recognised, the CSA and F-SSCT dates being the guide’s two fields', () => {
    expect(rec.kind).toBe('document-unique');
    expect(field('dateCTP')).toMatchObject({ cell: 'C29', value: CSA_DATES.transmission });
    expect(field('dateCHS')).toMatchObject({ cell: 'C30', value: CSA_DATES.presentation });
  });

  it('keeps its consultation record: the opinion, its date, the signature', () => {
    expect(field('avis')).toMatchObject({ cell: 'C31', value: 'Favorable' });
    expect(field('dateAvis')).toMatchObject({ cell: 'C32', value: CSA_DATES.presentation });
    expect(field('dateSignature')).toMatchObject({ cell: 'C33', value: CSA_DATES.signature });
    expect(readConsultationRecord(snapshot)).toMatchObject({
      committee: 'CSA',
      safetyBody: 'F-SSCT',
      transmission: { year: 2026, month: 10, day: 15 },
      presentation: { year: 2026, month: 11, day: 4 },
      avis: 'Favorable',
      signature: { year: 2026, month: 11, day: 9 },
    });
  });

  it('names the CSA and the F-SSCT when the order of consultation is wrong', () => {
    const swapped = clean(layoutToSnapshot(fill(csaDocumentUnique({ fs, shout }), ID, { C29: 46340 })));
    const [f] = findings(swapped, 'ctp-avant-chs');
    expect(f).toMatchObject({ severity: 'error', sheet: ID, cell: 'C30' });
    expect(f.message).toContain('à la F-SSCT (04/11/2026)');
    expect(f.message).toContain('au CSA (14/11/2026)');
    expect(f.message).not.toMatch(/CTP|CHS\b/);
  });

  it('announces a presentation to come as planned, naming the F-SSCT', () => {
    const planned = clean(layoutToSnapshot(fill(csaDocumentUnique({ fs, shout }), ID, { C30: 46400, C31: null, C32: null, C33: null })));
    expect(findings(planned, 'date-consultation-prevue').map((f) => f.message)).toEqual(['Présentation à la F-SSCT prévue le 13/01/2027.']);
    expect(findings(planned, 'avis-consigne')).toEqual([]); // not presented yet: no opinion expected
  });

  it('asks for the F-SSCT’s opinion once presented, in the opinion’s cell', () => {
    const noOpinion = clean(layoutToSnapshot(csaDocumentUnique({ fs, shout, avis: null })));
    const [f] = findings(noOpinion, 'avis-consigne');
    expect(f).toMatchObject({ severity: 'warning', sheet: ID, cell: 'C31' });
    expect(f.message).toContain('présenté à la F-SSCT le 04/11/2026');
    expect(f.message).toContain('l’avis de la F-SSCT');
  });
});

describe('the CSA fixture as a file (DGFiP)', () => {
  let done: WorkbookSnapshot;
  beforeAll(async () => {
    const bytes = await csaDocumentUniqueBytes();
    const repaired = applyPlan(bytes, planRepair(readSnapshot(bytes)));
    done = readSnapshot(applyPlan(repaired, planRecompute(readSnapshot(repaired))));
  });

  it('checks cleanly after repair and recompute: no error, no finding about the consultation', () => {
    const all = runChecks(done, { today: TODAY });
    expect(all.filter((f) => f.severity === 'error')).toEqual([]);
    expect(all.filter((f) => /ctp-avant-chs|date-consultation-prevue|avis-consigne|champs-entete/.test(f.rule))).toEqual([]);
    // Nothing in any message names a body the workbook does not name.
    for (const f of all) expect(f.message).not.toMatch(/\b(CTP|CHS|CHSCT)\b/);
  });

  it('is a DGFiP workbook: the direction is recognised, its units are the DGI’s and the DGCP’s', () => {
    expect(readField(done, recognise(done), 'identification', 'direction')?.value).toBe('DGFiP');
    expect(workbookDirection(done, recognise(done))).toBe('DGFiP');
    const units = runChecks(done, { today: TODAY }).filter((f) => f.rule === 'unite-hors-catalogue');
    for (const f of units) expect(f.message).toContain('de la DGFiP');
    // A 16 (accueil) is a common unit of the DGI: not signalled.
    expect(units.some((f) => f.message.includes('A 16'))).toBe(false);
  });
});

describe('bodies of other times', () => {
  it('a DU of 2011–2022 (CT, CHSCT) is read with the same fields and named so', () => {
    const s = layoutToSnapshot(
      fill(csaDocumentUnique(), ID, {
        B29: 'Date de transmission au CT',
        B30: 'DATE DE PRESENTATION AU CHSCT :',
        B31: 'Avis du CHSCT',
        C29: 46340,
      }),
    );
    const record = readConsultationRecord(s)!;
    expect([record.committee, record.safetyBody]).toEqual(['CT', 'CHSCT']);
    expect(findings(clean(s), 'ctp-avant-chs')[0].message).toContain('au CHSCT (04/11/2026) précède la transmission au CT');
  });

  it('the template of `duerp new document-unique` has the record’s fields, with the guide’s bodies', () => {
    const s = layoutToSnapshot(documentUniqueLayout({ broken: false }));
    const rec = recognise(s);
    const cells = ['dateCTP', 'dateCHS', 'avis', 'dateAvis', 'dateSignature'].map((f) => readField(s, rec, 'identification', f)?.cell);
    expect(cells).toEqual(['C29', 'C30', 'C31', 'C32', 'C33']);
    expect(readConsultationRecord(s)).toMatchObject({ committee: 'CTP', safetyBody: 'CHS', avis: null, hasAvisField: true });
  });

  it('an opinion’s text is never taken for a label', () => {
    const s = layoutToSnapshot(fill(csaDocumentUnique(), ID, { C31: 'Avis favorable' }));
    expect(readField(s, recognise(s), 'identification', 'avis')).toMatchObject({ cell: 'C31', value: 'Avis favorable' });
  });
});

describe('the opinion as typed', () => {
  const withOpinion = (avis: string) => findings(clean(layoutToSnapshot(csaDocumentUnique({ avis }))), 'avis-consigne');

  it.each(['Favorable', 'DÉFAVORABLE', 'Avis favorable à l’unanimité', 'Favorable avec réserves', 'réservé'])('« %s » says what it is: nothing to say', (avis) => {
    expect(withOpinion(avis)).toEqual([]);
  });

  it('an opinion that does not say favorable, défavorable or réservé is pointed out (information)', () => {
    const [f] = withOpinion('vu');
    expect(f).toMatchObject({ severity: 'info', sheet: ID, cell: 'C31' });
    expect(f.message).toContain('« vu »');
  });
});
