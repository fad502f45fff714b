import { formatDate, readDate } from '../../method/dates';
import { isBlank } from '../context';
import type { Rule } from '../rule';
import { ctpAndChs } from './dates';

export const ctpAvantChs: Rule = {
  id: 'ctp-avant-chs',
  severity: 'error',
  title: 'Le document est transmis au CTP avant d’être présenté au CHS',
  appliesTo: ['document-unique', 'programme'],
  check(c) {
    const { ctp, chs } = ctpAndChs(c);
    const a = ctp ? readDate(ctp.value) : null;
    const b = chs ? readDate(chs.value) : null;
    if (!ctp || !chs) return [];
    if (a && b && a.year * 10000 + a.month * 100 + a.day > b.year * 10000 + b.month * 100 + b.day) {
      return [{ severity: 'error', rule: this.id, sheet: chs.sheet, cell: chs.cell, message: `La présentation au CHS (${formatDate(b)}) précède la transmission au CTP (${formatDate(a)}) : le document passe d’abord au CTP.` }];
    }
    if (b && isBlank(ctp.value)) {
      return [{ severity: 'error', rule: this.id, sheet: ctp.sheet, cell: ctp.cell, message: 'Une présentation au CHS est datée sans transmission au CTP : saisissez la date de transmission au CTP.' }];
    }
    return [];
  },
};
