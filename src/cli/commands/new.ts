import type { Command } from 'commander';
import { DIRECTIONS } from '../../domain/catalogue/types';
import { parseDirection } from '../../domain/catalogue/units';
import { UnusableInput } from '../errors';
import { checkOutputFile, writeOutputFile } from '../io';
import { printJson, type Output } from '../output';
import { TEMPLATE_KINDS, type TemplateKind } from '../template-kinds';
import { describeChanges } from '../../domain/plans/plan';

export function registerNew(program: Command, output: Output): void {
  program
    .command('new')
    .description('écrit un modèle neuf qui fonctionne : recensement, document-unique ou programme')
    .argument('<KIND>', TEMPLATE_KINDS.join(' | '))
    .option('--direction <D>', `pré-remplit la direction : ${DIRECTIONS.join(', ')}`)
    .requiredOption('-o, --output <OUT>', 'classeur à écrire')
    .option('--force', 'remplace le fichier de sortie s’il existe déjà')
    .option('--json', 'sortie JSON')
    .action(async (kind: string, opts: { direction?: string; output: string; json?: boolean; force?: boolean }) => {
      if (!TEMPLATE_KINDS.includes(kind as TemplateKind)) {
        throw new UnusableInput(`Modèle inconnu « ${kind} » : choisissez recensement, document-unique ou programme.`);
      }
      const direction = opts.direction === undefined ? undefined : parseDirection(opts.direction);
      if (opts.direction !== undefined && !direction) {
        throw new UnusableInput(`La direction « ${opts.direction} » est inconnue : choisissez parmi ${DIRECTIONS.join(', ')}.`);
      }
      // Refused before the work: an existing file without --force, a folder, a missing folder.
      checkOutputFile(opts.output, [], { force: opts.force });
      // ExcelJS loads only for the commands that write fresh templates.
      const { newWorkbook } = await import('../new-workbook');
      const { bytes, plan } = await newWorkbook(kind as TemplateKind, direction);
      writeOutputFile(opts.output, bytes, [], { force: opts.force });
      if (opts.json) printJson(output, { changes: describeChanges(plan) });
      else output.out(`Modèle ${kind} écrit : ${opts.output}`);
    });
}
