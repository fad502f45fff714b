import type { Command } from 'commander';
import { RISK_FAMILIES, familyLabel, findFamily } from '../../domain/catalogue/families';
import type { RiskFamily } from '../../domain/catalogue/types';
import { WORK_UNITS, unitLabel, unitsOf, parseDirection } from '../../domain/catalogue/units';
import { DIRECTIONS } from '../../domain/catalogue/types';
import { UnusableInput } from '../errors';
import { printJson, type Output } from '../output';

const PREVENTION_KINDS: [keyof RiskFamily['prevention'], string][] = [
  ['organisationnels', 'Organisationnels'],
  ['collectifs', 'Collectifs'],
  ['individuels', 'Individuels'],
  ['humains', 'Humains'],
];

function section(title: string, items: string[], indent = '  '): string[] {
  return [title, ...(items.length ? items.map((i) => `${indent}- ${i}`) : [`${indent}(aucun dans le guide)`])];
}

/** A family's fiche as the guide lays it out (annex 6), in plain text. */
export function familyFiche(f: RiskFamily): string {
  const lines = [
    familyLabel(f),
    `Risque ${f.group}`,
    '',
    'Définition',
    `  ${f.definition}`,
    '',
    ...section('Dangers', f.dangers),
    '',
    ...section('Dommages', f.dommages),
    '',
    ...section('Facteurs', f.facteurs),
    '',
    'Moyens de prévention',
    ...PREVENTION_KINDS.flatMap(([key, label]) => section(`  ${label}`, f.prevention[key], '    ')),
    '',
    ...section("Pistes d'investigation", f.pistes),
  ];
  return lines.join('\n');
}

export function registerCatalogue(program: Command, output: Output): void {
  const catalogue = program.command('catalogue').description('affiche les catalogues du guide (familles de risques, unités de travail)');
  catalogue
    .command('families')
    .description('les 26 familles de risques (annexe 6), ou la fiche d’une famille')
    .argument('[CODE]', 'une famille : son numéro (01 ou 1) ou son abréviation (RACP)')
    .option('--json', 'sortie JSON')
    .action((code: string | undefined, opts: { json?: boolean }) => {
      if (code !== undefined) {
        const family = findFamily(code);
        if (!family) {
          throw new UnusableInput(
            `La famille « ${code} » est inconnue : donnez son numéro (01 à 26) ou son abréviation (RACP, RPS…), voir « duerp catalogue families ».`,
          );
        }
        if (opts.json) return printJson(output, family);
        return output.out(familyFiche(family));
      }
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
      const derived = [...new Set(units.filter((u) => u.derived).map((u) => u.direction))];
      if (derived.length) output.out(`(${derived.join(', ')} : liste reconstituée à partir de celles du guide, qui n’en donne pas.)`);
    });
}
