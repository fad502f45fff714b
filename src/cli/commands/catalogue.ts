import type { Command } from 'commander';
import { RISK_FAMILIES, familyLabel } from '../../domain/catalogue/families';
import { WORK_UNITS, unitLabel, unitsOf, parseDirection } from '../../domain/catalogue/units';
import { DIRECTIONS } from '../../domain/catalogue/types';
import { UnusableInput } from '../errors';
import { printJson, type Output } from '../output';

export function registerCatalogue(program: Command, output: Output): void {
  const catalogue = program.command('catalogue').description('affiche les catalogues du guide (familles de risques, unités de travail)');
  catalogue
    .command('families')
    .description('les 26 familles de risques (annexe 6)')
    .option('--json', 'sortie JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) return printJson(output, RISK_FAMILIES);
      for (const f of RISK_FAMILIES) output.out(`${familyLabel(f)} — ${f.group}`);
    });
  catalogue
    .command('units')
    .description("les unités de travail (annexe 7), toutes ou celles d'une direction")
    .option('--direction <D>', `une direction générale : ${DIRECTIONS.join(', ')}`)
    .option('--json', 'sortie JSON')
    .action((opts: { direction?: string; json?: boolean }) => {
      let units = WORK_UNITS;
      if (opts.direction !== undefined) {
        const d = parseDirection(opts.direction);
        if (!d) throw new UnusableInput(`La direction « ${opts.direction} » est inconnue : choisissez parmi ${DIRECTIONS.join(', ')}.`);
        units = unitsOf(d);
      }
      if (opts.json) return printJson(output, units);
      for (const u of units) output.out(`${u.direction}  ${unitLabel(u)}${u.personnel ? ` — ${u.personnel}` : ''}`);
    });
}
