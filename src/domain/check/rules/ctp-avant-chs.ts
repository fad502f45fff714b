import { formatDate, readDate } from '../../method/dates';
import { isBlank } from '../context';
import type { Rule } from '../rule';
import { ctpAndChs, toBody } from './dates';

/** Messages name the bodies the workbook names (CTP/CHS, CT/CHSCT, CSA/F-SSCT). */
export const ctpAvantChs: Rule = {
  id: 'ctp-avant-chs',
  severity: 'error',
  title: 'Le document est transmis au CTP avant d’être présenté au CHS',
  appliesTo: ['document-unique', 'programme'],
  check(c) {
    const { ctp, chs } = ctpAndChs(c);
    if (!ctp || !chs) return [];
    const a = readDate(ctp.value);
    const b = readDate(chs.value);
    if (a && b && a.year * 10000 + a.month * 100 + a.day > b.year * 10000 + b.month * 100 + b.day) {
      return [{ severity: 'error', rule: this.id, sheet: chs.sheet, cell: chs.cell, message: `La présentation ${toBody(chs.body)} (${formatDate(b)}) précède la transmission ${toBody(ctp.body)} (${formatDate(a)}) : le document passe d’abord ${toBody(ctp.body)}.` }];
    }
    if (b && isBlank(ctp.value)) {
      return [{ severity: 'error', rule: this.id, sheet: ctp.sheet, cell: ctp.cell, message: `Une présentation ${toBody(chs.body)} est datée sans transmission ${toBody(ctp.body)} : saisissez la date de transmission ${toBody(ctp.body)}.` }];
    }
    return [];
  },
};
