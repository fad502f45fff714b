/** repair and recompute: read, plan, print the changes, write the patched copy. */
import type { Command } from 'commander';
import { planRecompute } from '../../domain/plans/recompute';
import { planRepair, repairDueAfter } from '../../domain/plans/repair';
import { planAddResidual } from '../../domain/plans/residual';
import type { Plan } from '../../domain/plans/plan';
import type { Recognition } from '../../domain/workbook/recognition';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { applyPlanAsync } from '../../xlsx/apply-plan';
import { SheetThread } from '../../xlsx/node-sheet-thread';
import { checkOutputFile, readWorkbookFile, writeOutputFile } from '../io';
import { printPlan, type Output } from '../output';
import { openKnownWorkbook } from '../workbook-file';

/** Workbooks from this size on (a census of some 25,000 rows) have their sheets patched on a second thread. */
const THREAD_MIN_BYTES = 1_000_000;

/** An Output that keeps what it is given, to hand it on later in the same order. */
function bufferedOutput(): Output & { replay(to: Output): void } {
  const lines: { err: boolean; text: string }[] = [];
  return {
    out: (text) => void lines.push({ err: false, text }),
    err: (text) => void lines.push({ err: true, text }),
    replay: (to) => lines.forEach((l) => (l.err ? to.err(l.text) : to.out(l.text))),
  };
}

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
      const read = readWorkbookFile(file);
      // A large workbook's sheets are patched on a second thread, which starts on the package now.
      const thread = read.length >= THREAD_MIN_BYTES ? SheetThread.start(read) : null;
      try {
        const { bytes, snapshot, recognition } = openKnownWorkbook(file, read);
        const plan = planner(snapshot, recognition, opts);
        const patched = applyPlanAsync(bytes, plan, thread?.offload);
        // What is printed is prepared meanwhile, and printed once the workbook is written.
        const printed = bufferedOutput();
        printPlan(printed, plan, opts.json ? null : opts.output, Boolean(opts.json), snapshot);
        const repairFirst = name === 'recompute' && repairDueAfter(snapshot, plan, recognition) > 0;
        writeOutputFile(opts.output, await patched, [file], { force: opts.force });
        printed.replay(output);
        // A recompute still writes its plan, but broken fields it leaves call for repair first.
        if (repairFirst) output.err(REPAIR_FIRST);
      } finally {
        thread?.close();
      }
    });
}

export function registerPlanCommands(program: Command, output: Output): void {
  register(program, output, 'repair', 'répare les champs en #REF! des modèles, sans toucher à ce qui a été saisi', planRepair);
  register(program, output, 'recompute', 'écrit les indices, la hiérarchisation, les listes déroulantes et les couleurs', (s, r, o) =>
    o.residuel ? planAddResidual(s, r) : planRecompute(s, r),
  );
}
