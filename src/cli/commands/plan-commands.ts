/** repair and recompute: read, plan, print the changes, write the patched copy. */
import type { Command } from 'commander';
import { planRecompute } from '../../domain/plans/recompute';
import { planRepair, repairDueAfter } from '../../domain/plans/repair';
import { planAddResidual } from '../../domain/plans/residual';
import type { Plan } from '../../domain/plans/plan';
import type { Recognition } from '../../domain/workbook/recognition';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { applyPlanAsync } from '../../xlsx/apply-plan';
import { checkOutputFile, writeOutputFile } from '../io';
import { printPlan, type Output } from '../output';
import { openKnownWorkbook } from '../workbook-file';

export const REPAIR_FIRST = 'Des champs sont cassés (#REF!) : lancez d’abord « duerp repair ».';

type Planner = (snapshot: WorkbookSnapshot, recognition: Recognition, opts: { residuel?: boolean }) => Plan;

function register(program: Command, output: Output, name: string, description: string, planner: Planner): void {
  const command = program.command(name);
  if (name === 'recompute') command.option('--residuel', 'ajoute les colonnes Gravité résiduelle, Fréquence résiduelle et Indice résiduel quand elles manquent');
  command
    .description(description)
    .argument('<FILE>', 'classeur .xlsx ou .xlsm')
    .requiredOption('-o, --output <OUT>', 'classeur à écrire (le fichier d’entrée n’est jamais modifié)')
    .option('--force', 'remplace le fichier de sortie s’il existe déjà')
    .option('--json', 'sortie JSON')
    .action(async (file: string, opts: { output: string; json?: boolean; force?: boolean; residuel?: boolean }) => {
      // An output that cannot be written is refused before any work (and checked again at writing).
      checkOutputFile(opts.output, [file], { force: opts.force });
      const { bytes, snapshot, recognition } = openKnownWorkbook(file);
      const plan = planner(snapshot, recognition, opts);
      writeOutputFile(opts.output, await applyPlanAsync(bytes, plan), [file], { force: opts.force });
      printPlan(output, plan, opts.json ? null : opts.output, Boolean(opts.json), snapshot);
      // A recompute still writes its plan, but broken fields it leaves call for repair first.
      if (name === 'recompute' && repairDueAfter(snapshot, plan, recognition) > 0) output.err(REPAIR_FIRST);
    });
}

export function registerPlanCommands(program: Command, output: Output): void {
  register(program, output, 'repair', 'répare les champs en #REF! des modèles, sans toucher à ce qui a été saisi', planRepair);
  register(program, output, 'recompute', 'écrit les indices, la hiérarchisation, les listes déroulantes et les couleurs', (s, r, o) =>
    o.residuel ? planAddResidual(s, r) : planRecompute(s, r),
  );
}
