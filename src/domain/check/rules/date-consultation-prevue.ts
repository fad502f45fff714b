import { daysBetween, formatDate, readDate } from '../../method/dates';
import type { Finding } from '../finding';
import type { Rule } from '../rule';
import { ctpAndChs, toBody, type ConsultationDate } from './dates';

/** A transmission or a presentation dated in the future is planned, not wrong: say when. */
export const dateConsultationPrevue: Rule = {
  id: 'date-consultation-prevue',
  severity: 'info',
  title: 'Une transmission au CTP (CSA) ou une présentation au CHS (F-SSCT) datée dans le futur est annoncée comme prévue',
  appliesTo: ['document-unique', 'programme'],
  check(c) {
    const { ctp, chs } = ctpAndChs(c);
    const planned = (f: ConsultationDate | null, what: string): Finding[] => {
      const d = f ? readDate(f.value) : null;
      if (!f || !d || daysBetween(c.today, d) <= 0) return [];
      return [{ severity: 'info', rule: this.id, sheet: f.sheet, cell: f.cell, message: `${what} ${toBody(f.body)} prévue le ${formatDate(d)}.` }];
    };
    return [...planned(ctp, 'Transmission'), ...planned(chs, 'Présentation')];
  },
};
