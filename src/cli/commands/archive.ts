/**
 * `duerp archive FILE… -o DIR`: each workbook copied into the archive folder as a new version
 * (`document-unique-2026-v3.xlsx`), never over another, with one line in `DIR/registre.csv`.
 * `duerp archive --verifier DIR`: every version of the register hashed again; exit 0 when all
 * match, 1 when one is missing or altered (each named), 2 when DIR holds no register.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { formatDate, fromJsDate, isoDate } from '../../domain/method/dates';
import {
  REGISTER_FILE,
  appendToRegister,
  newRegisterText,
  archiveFileName,
  archiveYear,
  nextVersion,
  parseRegister,
  workbookExtension,
  type ArchiveKind,
  type RegisterEntry,
} from '../../domain/archive';
import { ExitStatus, UnusableInput, systemErrorMessage } from '../errors';
import { printJson, type Output } from '../output';
import { openKnownWorkbook } from '../workbook-file';

/** SHA-256 with Node's crypto (synchronous, streaming-free: archived workbooks are read whole anyway). */
function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function guarded<T>(f: () => T, file: string, action: 'lire' | 'écrire'): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UnusableInput) throw e;
    throw new UnusableInput(systemErrorMessage(e, file, action) ?? `« ${file} » ne peut pas être ${action === 'lire' ? 'lu' : 'écrit'}.`);
  }
}

/** The archive folder, created when missing; refused when it is a file. */
function archiveFolder(dir: string): void {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UnusableInput(systemErrorMessage(e, dir, 'lire') ?? `Le dossier « ${dir} » ne peut pas être atteint.`);
  }
  if (stat && !stat.isDirectory()) throw new UnusableInput(`« ${dir} » est un fichier, pas un dossier : -o doit nommer le dossier des archives.`);
  if (!stat) guarded(() => fs.mkdirSync(dir, { recursive: true }), dir, 'écrire');
}

function readRegister(dir: string): { text: string | null; entries: RegisterEntry[]; unreadable: { line: number; text: string }[] } {
  const file = path.join(dir, REGISTER_FILE);
  if (!fs.existsSync(file)) return { text: null, entries: [], unreadable: [] };
  const text = guarded(() => fs.readFileSync(file, 'utf8'), file, 'lire');
  return { text, ...parseRegister(text) };
}

/**
 * Copies bytes under `name` in `dir` without ever replacing a file: written to a temporary file,
 * then hard-linked under its name (which fails if the name exists), the temporary removed.
 */
function writeNew(dir: string, name: string, bytes: Uint8Array): boolean {
  const target = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    try {
      fs.linkSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      // A file system without hard links: exclusive creation under the name itself.
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(String((e as NodeJS.ErrnoException).code))) throw e;
      try {
        fs.writeFileSync(target, bytes, { flag: 'wx' });
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e2;
      }
    }
    return true;
  } catch (e) {
    throw new UnusableInput(systemErrorMessage(e, target, 'écrire') ?? `« ${target} » n'a pas pu être écrit.`);
  } finally {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
}

interface Archived {
  source: string;
  file: string;
  type: ArchiveKind;
  year: number;
  version: number;
  /** ISO, as the JSON of the command line carries dates. */
  date: string;
  sha256: string;
}

function archive(output: Output, files: string[], dir: string, json: boolean): void {
  // Every input is read and recognised before anything is written.
  const inputs = files.map((file) => openKnownWorkbook(file));
  archiveFolder(dir);
  const register = readRegister(dir);
  const today = new Date();
  const day = fromJsDate(today);
  const done: Archived[] = [];
  const lines: RegisterEntry[] = [];
  for (const input of inputs) {
    const kind = input.recognition.kind as ArchiveKind;
    const year = archiveYear(input.snapshot, input.recognition, today);
    const hash = sha256(input.bytes);
    let version = 0;
    let name = '';
    // The next free version; a name taken meanwhile (another run) is skipped, never replaced.
    for (let attempt = 0; attempt < 1000; attempt++) {
      const names = guarded(() => fs.readdirSync(dir), dir, 'lire');
      version = Math.max(version + 1, nextVersion(kind, year, names, [...register.entries, ...lines]));
      name = archiveFileName(kind, year, version, workbookExtension(input.file));
      if (writeNew(dir, name, input.bytes)) break;
      name = '';
    }
    if (!name) throw new UnusableInput(`Aucun nom de version libre n'a été trouvé dans « ${dir} » pour « ${input.file} ».`);
    const entry: RegisterEntry = { version, date: formatDate(day), fichier: name, type: kind, annee: year, source: path.basename(input.file), sha256: hash };
    lines.push(entry);
    done.push({ source: input.file, file: name, type: kind, year, version, date: isoDate(day), sha256: hash });
    // The register line right after its file: an interruption leaves at worst a file not yet listed.
    const registerFile = path.join(dir, REGISTER_FILE);
    const current = fs.existsSync(registerFile) ? guarded(() => fs.readFileSync(registerFile, 'utf8'), registerFile, 'lire') : '';
    const blank = current.replace(/^\ufeff/, '').trim() === '';
    // A new (or empty) register starts with its mark and header; an existing one is only appended to.
    guarded(() => (blank ? fs.writeFileSync(registerFile, newRegisterText([entry]), 'utf8') : fs.appendFileSync(registerFile, appendToRegister(current, [entry]), 'utf8')), registerFile, 'écrire');
  }
  if (json) return printJson(output, { archived: done });
  for (const a of done) output.out(`« ${a.source} » archivé sous « ${a.file} » (${labelOf(a.type)} ${a.year}, version ${a.version}, SHA-256 ${a.sha256}).`);
  output.out(`Registre mis à jour : ${path.join(dir, REGISTER_FILE)} (${done.length} ligne${done.length > 1 ? 's' : ''} ajoutée${done.length > 1 ? 's' : ''}).`);
}

function labelOf(kind: ArchiveKind): string {
  return kind === 'document-unique' ? 'document unique' : kind === 'programme' ? 'programme annuel' : 'recensement';
}

interface Verdict {
  file: string;
  version: number;
  date: string;
  status: 'ok' | 'missing' | 'altered';
}

function verify(output: Output, dir: string, json: boolean): void {
  const registerFile = path.join(dir, REGISTER_FILE);
  let isDir = false;
  try {
    isDir = fs.statSync(dir).isDirectory();
  } catch {
    // missing: said below
  }
  if (!isDir) throw new UnusableInput(`Le dossier d'archives « ${dir} » est introuvable.`);
  if (!fs.existsSync(registerFile)) throw new UnusableInput(`« ${dir} » ne contient pas de registre (${REGISTER_FILE}) : ce n'est pas un dossier d'archives de l'assistant.`);
  const register = readRegister(dir);
  const verdicts: Verdict[] = register.entries.map((e) => {
    const file = path.join(dir, e.fichier);
    // A name that leaves the folder is not an archived version of it.
    const inside = path.dirname(path.resolve(file)) === path.resolve(dir);
    let bytes: Uint8Array | null = null;
    if (inside) {
      try {
        bytes = fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
      } catch {
        bytes = null;
      }
    }
    const status: Verdict['status'] = bytes === null ? 'missing' : sha256(bytes) === e.sha256 ? 'ok' : 'altered';
    return { file: e.fichier, version: e.version, date: e.date, status };
  });
  const listed = new Set(register.entries.map((e) => e.fichier.toLowerCase()));
  const unlisted = guarded(() => fs.readdirSync(dir), dir, 'lire').filter((n) => /\.xls[xm]$/i.test(n) && !n.startsWith('.') && !listed.has(n.toLowerCase()));
  const bad = verdicts.filter((v) => v.status !== 'ok');
  const failed = bad.length > 0 || register.unreadable.length > 0;
  if (json) {
    printJson(output, {
      checked: verdicts.length,
      ok: verdicts.filter((v) => v.status === 'ok').map((v) => v.file),
      missing: verdicts.filter((v) => v.status === 'missing').map((v) => v.file),
      altered: verdicts.filter((v) => v.status === 'altered').map((v) => v.file),
      unreadableLines: register.unreadable.map((u) => u.line),
      unlisted,
    });
  } else {
    for (const v of bad) {
      output.out(
        v.status === 'missing'
          ? `Manquant : « ${v.file} » (version ${v.version} archivée le ${v.date}) n'est plus dans le dossier.`
          : `Modifié : « ${v.file} » (version ${v.version} archivée le ${v.date}) ne correspond plus à son empreinte SHA-256 du registre.`,
      );
    }
    for (const u of register.unreadable) output.out(`Ligne ${u.line} du registre illisible (nom de fichier ou empreinte SHA-256 absents) : « ${u.text} ».`);
    for (const n of unlisted) output.out(`Non inscrit au registre : « ${n} » (fichier du dossier que le registre ne connaît pas).`);
    const n = verdicts.length;
    output.out(
      failed
        ? `${bad.length} version${bad.length > 1 ? 's' : ''} sur ${n} ${bad.length > 1 ? 'sont manquantes ou modifiées' : 'est manquante ou modifiée'}${register.unreadable.length > 0 ? `, ${register.unreadable.length} ligne(s) du registre illisible(s)` : ''} : restaurez-les depuis la seconde copie du dossier.`
        : `${n} version${n > 1 ? 's' : ''} vérifiée${n > 1 ? 's' : ''} : ${n > 1 ? 'toutes intactes' : 'intacte'}.`,
    );
  }
  if (failed) throw new ExitStatus(1);
}

export function registerArchive(program: Command, output: Output): void {
  program
    .command('archive')
    .description('garde chaque classeur comme une nouvelle version datée dans un dossier d’archives, avec son SHA-256 dans registre.csv')
    .argument('[FILES...]', 'classeurs .xlsx ou .xlsm à archiver')
    .option('-o, --output <DIR>', 'dossier des archives (créé s’il n’existe pas)')
    .option('--verifier <DIR>', 'vérifie chaque version du registre du dossier d’après son empreinte SHA-256')
    .option('--json', 'sortie JSON')
    .action((files: string[], opts: { output?: string; verifier?: string; json?: boolean }) => {
      if (opts.verifier !== undefined) {
        if (files.length > 0 || opts.output !== undefined) throw new UnusableInput('« --verifier DOSSIER » vérifie un dossier d’archives : il ne prend ni classeur ni -o.');
        return verify(output, opts.verifier, Boolean(opts.json));
      }
      if (opts.output === undefined) throw new UnusableInput('Option obligatoire manquante : -o DOSSIER (le dossier des archives).');
      if (files.length === 0) throw new UnusableInput('Argument manquant : le ou les classeurs à archiver.');
      archive(output, files, opts.output, Boolean(opts.json));
    });
}
