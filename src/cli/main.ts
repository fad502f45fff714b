/** The `duerp` command line: one file per command, French messages, exit 0 / 1 / 2 (CONTRACT.md). */
import { Command, CommanderError, Help } from 'commander';
import { ExitStatus, UnusableInput, isSystemError, systemErrorMessage } from './errors';
import { UnreadableWorkbook } from '../xlsx/errors';
import '../xlsx/node-zlib'; // Node's zlib for the package (the browser keeps fflate)
import { guardProcess, removePendingTemporaries, stdoutFailure } from './io';
import { processOutput, type Output } from './output';

/** Commander's own errors, said in French. */
function frenchCommanderMessage(e: CommanderError): string {
  const detail = /'([^']+)'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'commander.unknownOption':
      return `Option inconnue : ${detail ?? e.message}. Voir « duerp --help ».`;
    case 'commander.unknownCommand':
      return `Commande inconnue : ${detail ?? e.message}. Voir « duerp --help ».`;
    case 'commander.missingArgument':
      return `Argument manquant : ${detail ?? ''}. Voir l'aide de la commande (--help).`;
    case 'commander.missingMandatoryOptionValue':
      return `Option obligatoire manquante : ${detail ?? e.message} (le classeur à écrire).`;
    case 'commander.optionMissingArgument':
      return `L'option ${detail ?? ''} attend une valeur.`;
    case 'commander.excessArguments':
      return "Trop d'arguments. Voir l'aide de la commande (--help).";
    default:
      return `Arguments invalides : ${e.message}`;
  }
}

function frenchHelp(cmd: Command, helper: Help): string {
  return Help.prototype.formatHelp
    .call(helper, cmd, helper)
    .replace(/^Usage:/m, 'Utilisation :')
    .replace(/^Arguments:/m, 'Arguments :')
    .replace(/^Options:/m, 'Options :')
    .replace(/^Commands:/m, 'Commandes :');
}

type Register = (program: Command, output: Output) => void;

/**
 * Each command's module, loaded when it is registered (in the order of the help): a command
 * given on the command line loads only its own module, not those of the seven others.
 */
const COMMANDS: { names: string[]; load: () => Register }[] = [
  { names: ['catalogue'], load: () => (require('./commands/catalogue') as typeof import('./commands/catalogue')).registerCatalogue },
  { names: ['inspect'], load: () => (require('./commands/inspect') as typeof import('./commands/inspect')).registerInspect },
  { names: ['check'], load: () => (require('./commands/check') as typeof import('./commands/check')).registerCheck },
  { names: ['repair', 'recompute'], load: () => (require('./commands/plan-commands') as typeof import('./commands/plan-commands')).registerPlanCommands },
  { names: ['compile', 'programme'], load: () => (require('./commands/compile') as typeof import('./commands/compile')).registerCompile },
  { names: ['new'], load: () => (require('./commands/new') as typeof import('./commands/new')).registerNew },
  { names: ['compare'], load: () => (require('./commands/compare') as typeof import('./commands/compare')).registerCompare },
  { names: ['archive'], load: () => (require('./commands/archive') as typeof import('./commands/archive')).registerArchive },
];

/**
 * The program with every command, or, given the command line's first word when it names a command,
 * with that command only (help, an unknown word or an option first: every command).
 */
export function buildProgram(output: Output, command?: string): Command {
  const program = new Command('duerp');
  program
    .description("Assistant DUERP : le document unique d'évaluation des risques professionnels dans Excel")
    .helpOption('-h, --help', "affiche l'aide")
    .addHelpCommand('help [commande]', "affiche l'aide d'une commande")
    .configureHelp({ formatHelp: frenchHelp })
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: () => undefined })
    .exitOverride()
    .showSuggestionAfterError(false);
  const only = COMMANDS.find((c) => command !== undefined && c.names.includes(command));
  for (const c of only ? [only] : COMMANDS) c.load()(program, output);
  for (const sub of program.commands) {
    sub.configureHelp({ formatHelp: frenchHelp }).helpOption('-h, --help', "affiche l'aide").exitOverride();
    for (const leaf of sub.commands) leaf.configureHelp({ formatHelp: frenchHelp }).helpOption('-h, --help', "affiche l'aide").exitOverride();
  }
  return program;
}

/** A damaged compressed part (fflate's errors carry a numeric code and an English message). */
function isDamagedArchive(e: unknown): boolean {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'number';
}

/**
 * The top-level handler: whatever goes wrong, one French sentence on stderr and exit 2, never a
 * stack trace nor a system message in English; temporary files are removed on every path.
 */
export function failureMessage(e: unknown): string {
  if (e instanceof UnusableInput || e instanceof UnreadableWorkbook) return e.message;
  if (isSystemError(e)) {
    const syscall = e.syscall ?? '';
    const action = /read|open|stat|scandir|access/.test(syscall) && e.code !== 'ENOSPC' ? 'lire' : 'écrire';
    return systemErrorMessage(e, e.path ?? 'le fichier', action)!;
  }
  if (isDamagedArchive(e)) return "Le classeur est endommagé : une de ses parties compressées ne peut pas être lue.";
  // Our own errors say why in French; the runtime's (TypeError…) and libraries' are English: not shown.
  const detail = (typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e)).split('\n')[0];
  const runtime = typeof e === 'object' && e !== null && /^(Type|Range|Reference|Syntax|Eval|URI)Error$/.test(String((e as Error).name));
  if (!runtime && /[«»àâçéèêëîïôûùœ]/i.test(detail)) return `La commande n'a pas pu aboutir : ${detail}`;
  return "La commande n'a pas pu aboutir à cause d'une erreur interne de l'assistant : relancez-la avec DUERP_DEBUG=1 pour en voir le détail, et signalez-la.";
}

/** Runs the command line; resolves to the exit status (it never rejects). */
export async function run(argv: string[], output: Output = processOutput): Promise<number> {
  if (output === processOutput) guardProcess();
  try {
    const program = buildProgram(output, argv[2]);
    await program.parseAsync(argv);
    return stdoutFailure() ? 2 : 0;
  } catch (e) {
    if (e instanceof ExitStatus) return e.code;
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return 0;
      output.err(frenchCommanderMessage(e));
      return 2;
    }
    output.err(failureMessage(e));
    if (process.env.DUERP_DEBUG) output.err(String((e as { cause?: { stack?: string } })?.cause?.stack ?? (e as Error)?.stack ?? e));
    return 2;
  } finally {
    removePendingTemporaries();
  }
}
