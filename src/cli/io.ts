/**
 * Reading and writing workbook files for the command line (CONTRACT.md, "Outputs and inputs,
 * precisely"): every system error becomes one French sentence, `-o` never names an input (by the
 * file's identity, not its spelling) nor an existing file without `--force`, and the output goes
 * through a temporary file that is removed on every path, so a failure leaves nothing behind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { UnusableInput, systemErrorMessage } from './errors';
import { foreignFormat } from '../xlsx/errors';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

/** Runs a file-system call; a system error becomes an UnusableInput with a French sentence. */
function guarded<T>(f: () => T, file: string, action: 'lire' | 'écrire'): T {
  try {
    return f();
  } catch (e) {
    throw new UnusableInput(systemErrorMessage(e, file, action) ?? `« ${file} » ne peut pas être ${action === 'lire' ? 'lu' : 'écrit'}.`);
  }
}

export function readWorkbookFile(file: string): Uint8Array {
  const stat = guarded(() => fs.statSync(file), file, 'lire');
  if (stat.isDirectory()) throw new UnusableInput(`« ${file} » est un dossier, pas un classeur Excel.`);
  if (!stat.isFile()) throw new UnusableInput(`« ${file} » n'est pas un fichier ordinaire, pas un classeur Excel.`);
  const ext = path.extname(file).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.includes(ext)) {
    throw new UnusableInput(`« ${file} » n'est pas un classeur Excel (.xlsx ou .xlsm attendu).`);
  }
  const bytes = new Uint8Array(guarded(() => fs.readFileSync(file), file, 'lire'));
  if (bytes.length === 0) throw new UnusableInput(`« ${file} » est vide : ce n'est pas un classeur Excel.`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    // An encrypted workbook, an .xls, another Office document: said for what it is (src/xlsx/errors.ts).
    const foreign = foreignFormat(bytes);
    throw new UnusableInput(foreign ? foreign.about(file) : `« ${file} » n'est pas un classeur Excel lisible (le fichier n'est pas au format .xlsx).`);
  }
  return bytes;
}

/** The identity of an existing file (device and inode, and its real path), or null when there is none. */
function identity(file: string): { dev: number; ino: number; real: string } | null {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino, real: fs.realpathSync(file) };
  } catch {
    return null;
  }
}

/** True when `a` and `b` reach the same file: same path once resolved, same real path, or same inode. */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const ia = identity(a);
  const ib = identity(b);
  if (!ia || !ib) return false;
  return (ia.dev === ib.dev && ia.ino === ib.ino) || ia.real === ib.real;
}

export interface WriteOptions {
  /** Replace an existing output file (`--force`). */
  force?: boolean;
}

/**
 * Refuses an output that cannot be written: an input under another name, a folder, an existing
 * file without --force, a missing folder. Called before the command's work and again by writeOutputFile.
 */
export function checkOutputFile(file: string, inputs: string[], opts: WriteOptions = {}): void {
  const ext = path.extname(file).toLowerCase();
  if (inputs.some((i) => sameFile(i, file))) {
    throw new UnusableInput(`Le fichier de sortie « ${file} » est aussi un fichier d'entrée : choisissez un autre nom avec -o.`);
  }
  let existing: fs.Stats | null = null;
  try {
    existing = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UnusableInput(systemErrorMessage(e, file, 'écrire') ?? `« ${file} » ne peut pas être écrit.`);
  }
  if (existing?.isDirectory()) {
    throw new UnusableInput(`« ${file} » est un dossier : -o doit nommer le classeur à écrire (par exemple « ${path.join(file, 'sortie.xlsx')} »).`);
  }
  if (!WORKBOOK_EXTENSIONS.includes(ext)) {
    throw new UnusableInput(`Le fichier de sortie « ${file} » doit se terminer par .xlsx ou .xlsm.`);
  }
  if (existing && !opts.force) {
    throw new UnusableInput(`Le fichier « ${file} » existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre nom avec -o.`);
  }
  const dir = path.dirname(path.resolve(file));
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInput(`Le dossier « ${path.dirname(file)} » n'existe pas : créez-le, ou choisissez un autre emplacement avec -o.`);
    throw new UnusableInput(systemErrorMessage(e, path.dirname(file), 'écrire') ?? `Le dossier « ${path.dirname(file)} » ne peut pas être atteint.`);
  }
  if (!dirStat.isDirectory()) throw new UnusableInput(`« ${path.dirname(file)} » n'est pas un dossier : le classeur ne peut pas y être écrit.`);
}

/** Temporary files not yet renamed: removed on failure, and on exit if the process is interrupted. */
const pending = new Set<string>();

export function removePendingTemporaries(): void {
  for (const tmp of pending) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // already gone
    }
    pending.delete(tmp);
  }
}

/** Writes the output, never over an input, through a temporary file so a failure leaves nothing behind. */
export function writeOutputFile(file: string, bytes: Uint8Array, inputs: string[], opts: WriteOptions = {}): void {
  checkOutputFile(file, inputs, opts);
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
  try {
    // 'wx': never follow or reuse something already there under the temporary name.
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } catch (e) {
    removePendingTemporaries();
    throw new UnusableInput(systemErrorMessage(e, file, 'écrire') ?? `Le classeur « ${file} » n'a pas pu être écrit.`);
  }
}

/** Standard output closed by its reader (`| head -1`): what is left to print is dropped, quietly. */
let stdoutClosed = false;

let stdoutFailed = false;

/** True once stdout failed for another reason than its reader leaving (the command then exits 2). */
export function stdoutFailure(): boolean {
  return stdoutFailed;
}

function onStdoutError(e: unknown): void {
  stdoutClosed = true;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EPIPE') return;
  if (stdoutFailed) return;
  stdoutFailed = true;
  const sentence =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'La sortie standard ne peut pas être écrite : le disque est plein.'
      : `La sortie standard ne peut pas être écrite (le système a refusé l'écriture${code ? `, code ${code}` : ''}).`;
  try {
    process.stderr.write(sentence + '\n');
  } catch {
    // stderr closed too: nothing more can be said
  }
  process.exitCode = 2;
}

/** Writes to stdout; a closed pipe ends the printing quietly, any other failure is said in French. */
export function writeStdout(text: string | Uint8Array): void {
  if (stdoutClosed) return;
  try {
    process.stdout.write(text);
  } catch (e) {
    onStdoutError(e);
  }
}

/** Writes to stderr; a closed stderr is ignored (there is nowhere left to say anything). */
export function writeStderr(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // nowhere to write
  }
}

let processGuarded = false;

/**
 * For the real process: stream errors (EPIPE, ENOSPC on a redirected stdout) never crash with a
 * stack, and an interruption (Ctrl+C, kill) removes the temporary file of a write in progress.
 */
export function guardProcess(): void {
  if (processGuarded) return;
  processGuarded = true;
  process.stdout.on('error', onStdoutError);
  process.stderr.on('error', () => undefined);
  process.once('exit', removePendingTemporaries);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePendingTemporaries();
      process.exit(signal === 'SIGINT' ? 130 : 128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
}
