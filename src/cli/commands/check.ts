/** duerp check: the check before the CTP, findings grouped by sheet; exit 1 when there are errors. */
import type { Command } from 'commander';
import type { Finding } from '../../domain/check/finding';
import { runChecks, summarise } from '../../domain/check/run-checks';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { ExitStatus, UnusableInput } from '../errors';
import { printJson, type Output } from '../output';
import { openKnownWorkbook } from '../workbook-file';

const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'information' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

function printText(output: Output, findings: Finding[]): void {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    output.out(sheet ? `Feuille « ${sheet} »` : 'Classeur');
    for (const f of list) output.out(`  [${SEVERITY[f.severity]}] ${f.cell ? `${f.cell} : ` : ''}${f.message}`);
  }
  const s = summarise(findings);
  output.out(`${plural(s.errors, 'erreur')}, ${plural(s.warnings, 'avertissement')}, ${plural(s.infos, 'information')}.`);
}

const KIND_NAMES = { recensement: 'un outil de recensement', 'document-unique': 'un document unique', programme: 'un programme annuel de prévention' } as const;

/** The workbook given with --programme must be a programme: anything else is an unusable argument (exit 2). */
function openProgramme(file: string): WorkbookSnapshot {
  const { snapshot, recognition } = openKnownWorkbook(file);
  if (recognition.kind !== 'programme') {
    throw new UnusableInput(`« ${file} », donné avec --programme, est ${KIND_NAMES[recognition.kind as keyof typeof KIND_NAMES]}, pas un programme annuel de prévention.`);
  }
  return snapshot;
}

/** The workbook given with --precedent must be a document unique: anything else is an unusable argument (exit 2). */
function openPrecedent(file: string): WorkbookSnapshot {
  const { snapshot, recognition } = openKnownWorkbook(file);
  if (recognition.kind !== 'document-unique') {
    throw new UnusableInput(`« ${file} », donné avec --precedent, est ${KIND_NAMES[recognition.kind as keyof typeof KIND_NAMES]}, pas un document unique.`);
  }
  return snapshot;
}

export function registerCheck(program: Command, output: Output): void {
  program
    .command('check')
    .description('vérifie le classeur avant son envoi au CTP, cellule par cellule')
    .argument('<FILE>', 'classeur .xlsx ou .xlsm')
    .option('--programme <PROGRAMME>', 'le programme annuel, pour vérifier que chaque risque A a son action')
    .option('--precedent <OLD_DU>', 'le document unique précédent, pour signaler les risques intolérables depuis au moins un an')
    .option('--json', 'sortie JSON')
    .action((file: string, opts: { json?: boolean; programme?: string; precedent?: string }) => {
      const { snapshot, recognition } = openKnownWorkbook(file);
      const programme = opts.programme ? openProgramme(opts.programme) : undefined;
      const precedent = opts.precedent ? openPrecedent(opts.precedent) : undefined;
      const findings = runChecks(snapshot, { programme, precedent, recognition });
      if (opts.json) printJson(output, { findings, summary: summarise(findings) });
      else printText(output, findings);
      if (summarise(findings).errors > 0) throw new ExitStatus(1);
    });
}
