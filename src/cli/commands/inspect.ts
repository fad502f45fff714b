import type { Command } from 'commander';
import { ROLE_LABELS } from '../../domain/workbook/role-labels';
import { UnusableInput } from '../errors';
import { printJson, type Output } from '../output';
import { UNKNOWN_KIND_MESSAGE, openWorkbook } from '../workbook-file';

const KIND_LABELS: Record<string, string> = {
  recensement: 'outil de recensement des risques',
  'document-unique': 'document unique (hiérarchisation des risques)',
  programme: 'programme annuel de prévention',
  inconnu: 'classeur non reconnu',
};

/** The tables' keys (JSON) in words. */
const TABLE_LABELS: Record<string, string> = {
  risques: 'des risques',
  actions: 'des actions',
  unites: 'des unités de travail',
  points: 'des points de recensement',
  statistiques: 'des statistiques',
};

export function registerInspect(program: Command, output: Output): void {
  program
    .command('inspect')
    .description('dit quel classeur est ouvert et où sont ses parties')
    .argument('<FILE>', 'classeur .xlsx ou .xlsm')
    .option('--json', 'sortie JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const { recognition } = openWorkbook(file);
      const { kind, sheets, tables, refErrors, fields } = recognition;
      if (opts.json) printJson(output, { kind, sheets, tables, refErrors, fields });
      else {
        output.out(`${file} : ${KIND_LABELS[kind]}`);
        for (const s of sheets) output.out(`  feuille « ${s.name} » : ${ROLE_LABELS[s.role] ?? s.role}`);
        for (const t of tables) {
          const rows = t.lastRow < t.firstRow ? 'aucune ligne remplie' : `données lignes ${t.firstRow} à ${t.lastRow}`;
          output.out(`  tableau ${TABLE_LABELS[t.table] ?? t.table} sur « ${t.sheet} » : en-tête ligne ${t.headerRow}, ${rows}`);
        }
        output.out(`  cellules en #REF! : ${refErrors}`);
      }
      if (kind === 'inconnu') throw new UnusableInput(UNKNOWN_KIND_MESSAGE(file));
    });
}
