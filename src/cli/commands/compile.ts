/** compile and programme: one workbook's content into another, then recomputed. */
import * as path from 'path';
import type { Command } from 'commander';
import { CompileError, planCompile } from '../../domain/plans/compile';
import { planProgramme } from '../../domain/plans/programme';
import type { Plan } from '../../domain/plans/plan';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { readSnapshot } from '../../xlsx/read-snapshot';
import { applyPlan } from '../../xlsx/apply-plan';
import { UnusableInput } from '../errors';
import { checkOutputFile, writeOutputFile } from '../io';
import { editsJson, printJson, printPlan, type Output } from '../output';
import { openKnownWorkbook, openWorkbook } from '../workbook-file';

async function target(into: string | undefined, kind: 'document-unique' | 'programme', direction: string | undefined) {
  if (into) {
    const opened = openWorkbook(into);
    return { bytes: opened.bytes, snapshot: opened.snapshot };
  }
  const { newWorkbook } = await import('../new-workbook');
  const fresh = await newWorkbook(kind, direction as never);
  return { bytes: fresh.bytes, snapshot: readSnapshot(fresh.bytes) };
}

/** What needs a look: each on stderr in French (file, sheet!cell: message), or as `warnings` beside `changes` with --json. */
function printPlanWithWarnings(output: Output, plan: Plan, outFile: string, json: boolean, before: WorkbookSnapshot): void {
  const warnings = plan.warnings ?? [];
  if (json) return printJson(output, { ...editsJson(plan), warnings: warnings.map(({ file, sheet, cell, message }) => ({ file, sheet, cell, message })) });
  printPlan(output, plan, outFile, false, before);
  for (const w of warnings) output.err(`À vérifier — ${w.file}, ${w.sheet}!${w.cell} : ${w.message}`);
  if (warnings.length > 0) output.err(`${warnings.length} point${warnings.length > 1 ? 's' : ''} à vérifier.`);
}

function planned<P extends Plan>(f: () => P): P {
  try {
    return f();
  } catch (e) {
    if (e instanceof CompileError) throw new UnusableInput(e.message);
    throw e;
  }
}

export function registerCompile(program: Command, output: Output): void {
  program
    .command('compile')
    .description('reporte les risques des recensements dans la hiérarchisation du document unique')
    .argument('<CENSUS...>', 'outils de recensement (.xlsx ou .xlsm)')
    .requiredOption('-o, --output <OUT>', 'document unique à écrire')
    .option('--force', 'remplace le fichier de sortie s’il existe déjà')
    .option('--into <DU>', 'document unique existant à compléter (sinon un modèle neuf)')
    .option('--json', 'sortie JSON')
    .action(async (files: string[], opts: { output: string; into?: string; json?: boolean; force?: boolean }) => {
      // An output that cannot be written is refused before any work (and checked again at writing).
      checkOutputFile(opts.output, [...files, ...(opts.into ? [opts.into] : [])], { force: opts.force });
      const censuses = files.map((f) => ({ name: path.basename(f), snapshot: openKnownWorkbook(f).snapshot }));
      const du = await target(opts.into, 'document-unique', undefined);
      const plan = planned(() => planCompile(censuses, du.snapshot, { duName: path.basename(opts.into ?? opts.output) }));
      writeOutputFile(opts.output, applyPlan(du.bytes, plan), [...files, ...(opts.into ? [opts.into] : [])], { force: opts.force });
      printPlanWithWarnings(output, plan, opts.output, Boolean(opts.json), du.snapshot);
    });

  program
    .command('programme')
    .description('tire du document unique les actions du programme annuel de prévention (risques A et B)')
    .argument('<DU>', 'document unique (.xlsx ou .xlsm)')
    .requiredOption('-o, --output <OUT>', 'programme à écrire')
    .option('--force', 'remplace le fichier de sortie s’il existe déjà')
    .option('--into <PROGRAMME>', 'programme existant à compléter (sinon un modèle neuf)')
    .option('--json', 'sortie JSON')
    .action(async (file: string, opts: { output: string; into?: string; json?: boolean; force?: boolean }) => {
      checkOutputFile(opts.output, [file, ...(opts.into ? [opts.into] : [])], { force: opts.force });
      const du = openKnownWorkbook(file);
      const programme = await target(opts.into, 'programme', undefined);
      const plan = planned(() => planProgramme(du.snapshot, programme.snapshot, { programmeName: path.basename(opts.into ?? opts.output), duName: path.basename(file) }));
      writeOutputFile(opts.output, applyPlan(programme.bytes, plan), [file, ...(opts.into ? [opts.into] : [])], { force: opts.force });
      printPlanWithWarnings(output, plan, opts.output, Boolean(opts.json), programme.snapshot);
    });
}
