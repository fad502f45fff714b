import type { Command } from 'commander';
import { compareDocuments, type Comparison } from '../../domain/compare/compare';
import { CompileError } from '../../domain/plans/compile';
import { UnusableInput } from '../errors';
import { printJson, showValue, type Output } from '../output';
import { openKnownWorkbook } from '../workbook-file';

function printText(output: Output, c: Comparison): void {
  output.out(`${c.added.length} risque(s) ajouté(s), ${c.removed.length} retiré(s), ${c.changed.length} modification(s).`);
  for (const r of c.added) output.out(`  + ${r.key}${r.indice ? ` (indice ${r.indice})` : ''}`);
  for (const r of c.removed) output.out(`  - ${r.key}${r.indice ? ` (indice ${r.indice})` : ''}`);
  for (const ch of c.changed) output.out(`  ~ ${ch.key} : ${ch.field} ${showValue(ch.before)} → ${showValue(ch.after)}`);
}

export function registerCompare(program: Command, output: Output): void {
  program
    .command('compare')
    .description('ce qui a changé entre deux documents uniques successifs')
    .argument('<OLD>', 'le document unique précédent')
    .argument('<NEW>', 'le document unique suivant')
    .option('--json', 'sortie JSON')
    .action((older: string, newer: string, opts: { json?: boolean }) => {
      let comparison: Comparison;
      try {
        comparison = compareDocuments(openKnownWorkbook(older).snapshot, openKnownWorkbook(newer).snapshot);
      } catch (e) {
        if (e instanceof CompileError) throw new UnusableInput(e.message);
        throw e;
      }
      if (opts.json) printJson(output, comparison);
      else printText(output, comparison);
    });
}
