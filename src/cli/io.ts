/** Reading and writing workbook files for the command line. Nothing is written when a command fails. */
import * as fs from 'fs';
import * as path from 'path';
import { UnusableInput } from './errors';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];

export function readWorkbookFile(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UnusableInput(`Le fichier « ${file} » est introuvable.`);
  if (fs.statSync(file).isDirectory()) throw new UnusableInput(`« ${file} » est un dossier, pas un classeur Excel.`);
  const ext = path.extname(file).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.includes(ext)) {
    throw new UnusableInput(`« ${file} » n'est pas un classeur Excel (.xlsx ou .xlsm attendu).`);
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new UnusableInput(`« ${file} » n'est pas un classeur Excel lisible (le fichier n'est pas au format .xlsx).`);
  }
  return bytes;
}

/** Writes the output, never over an input, through a temporary file so a failure leaves nothing behind. */
export function writeOutputFile(file: string, bytes: Uint8Array, inputs: string[]): void {
  const target = path.resolve(file);
  if (inputs.some((i) => path.resolve(i) === target)) {
    throw new UnusableInput(`Le fichier de sortie « ${file} » est aussi un fichier d'entrée : choisissez un autre nom avec -o.`);
  }
  const ext = path.extname(file).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.includes(ext)) {
    throw new UnusableInput(`Le fichier de sortie « ${file} » doit se terminer par .xlsx ou .xlsm.`);
  }
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new UnusableInput(`Le dossier « ${dir} » n'existe pas.`);
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
}
