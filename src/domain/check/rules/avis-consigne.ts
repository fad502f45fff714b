import { daysBetween, formatDate } from '../../method/dates';
import { normaliseLabel } from '../../workbook/labels';
import { readConsultationRecord } from '../../plans/consultation-record';
import type { Rule } from '../rule';
import { ctpAndChs, toBody as to } from './dates';

/** An opinion says what it is: favorable, défavorable, réservé (`Avis favorable à l'unanimité`, `Favorable avec réserves`). */
export function isOpinion(text: string): boolean {
  return /\b(favorable|defavorable|reserve|reserves)\b/.test(normaliseLabel(text));
}

/** `du CHS`, `du CHSCT`, `de la F-SSCT`. */
const of = (body: string) => (body === 'F-SSCT' ? `de la ${body}` : `du ${body}`);

/**
 * Once the DU has been presented to the health-and-safety body, its opinion joins the DU (guide,
 * annex 1): a presentation dated in the past with no opinion recorded is signalled. Messages name
 * the body the workbook names.
 */
export const avisConsigne: Rule = {
  id: 'avis-consigne',
  severity: 'warning',
  title: 'Une fois le document présenté au CHS (F-SSCT), son avis (favorable, défavorable, réservé) est consigné',
  appliesTo: ['document-unique'],
  check(c) {
    const record = readConsultationRecord(c.snapshot, c.recognition);
    const { chs } = ctpAndChs(c);
    if (record?.avis && !isOpinion(record.avis)) {
      const f = c.field('identification', 'avis')!;
      return [{ severity: 'info', rule: this.id, sheet: f.sheet, cell: f.cell, message: `L’avis « ${record.avis} » ne dit pas s’il est favorable, défavorable ou réservé : précisez-le (un avis motivé garde son texte après ce mot).` }];
    }
    if (!record || !chs || !record.presentation || daysBetween(c.today, record.presentation) >= 0 || record.avis) return [];
    const body = record.safetyBody;
    const when = formatDate(record.presentation);
    const avis = c.field('identification', 'avis');
    if (avis) {
      return [{ severity: 'warning', rule: this.id, sheet: avis.sheet, cell: avis.cell, message: `Le document a été présenté ${to(body)} le ${when}, mais l’avis ${of(body)} n’est pas consigné : saisissez-le (favorable, défavorable ou réservé) avec sa date.` }];
    }
    return [{ severity: 'info', rule: this.id, sheet: chs.sheet, cell: chs.cell, message: `Le document a été présenté ${to(body)} le ${when} : consignez l’avis ${of(body)} dans le classeur (un libellé « Avis ${of(body)} » et, à sa droite, favorable, défavorable ou réservé).` }];
  },
};
