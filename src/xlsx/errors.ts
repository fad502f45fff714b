/**
 * The one error the .xlsx reader throws for a file it cannot or will not read, with a French
 * sentence a person can act on; and the recognition of the files people send instead of an .xlsx
 * (an encrypted workbook, an old .xls, an .xlsb, another office document).
 */

/**
 * A workbook file the reader refuses. `detail` is the predicate of the sentence ("est un classeur
 * chiffré… : enregistrez-le…"), so that a host can name the file: `about(name)`; `message` says
 * "Ce fichier …" for hosts that do not know the name.
 */
export class UnreadableWorkbook extends Error {
  constructor(readonly detail: string) {
    super(`Ce fichier ${detail}.`);
    this.name = 'UnreadableWorkbook';
  }

  /** The sentence with the file named: `« budget.xlsx » est un classeur chiffré…`. */
  about(fileName: string): string {
    return `« ${fileName} » ${this.detail}.`;
  }
}

const SAVE_AS_XLSX = 'ouvrez-le dans Excel et enregistrez-le au format .xlsx (Fichier > Enregistrer sous > Classeur Excel)';

export const FOREIGN = {
  encrypted: `est un classeur protégé par un mot de passe (chiffré), que l'assistant ne peut pas lire : ${SAVE_AS_XLSX}, sans mot de passe`,
  xls: `est un classeur Excel 97-2003 (.xls), un format que l'assistant ne lit pas : ${SAVE_AS_XLSX}`,
  xlsb: `est un classeur Excel binaire (.xlsb), un format que l'assistant ne lit pas : ${SAVE_AS_XLSX}`,
  ods: `est un classeur OpenDocument (.ods) : ouvrez-le dans LibreOffice Calc ou Excel et enregistrez-le au format .xlsx`,
  word: "est un document Word, pas un classeur Excel : choisissez le classeur .xlsx de l'outil de recensement, du document unique ou du programme",
  powerpoint: "est une présentation PowerPoint, pas un classeur Excel : choisissez le classeur .xlsx de l'outil de recensement, du document unique ou du programme",
  otherOle: "est un document Office d'un ancien format, pas un classeur .xlsx : ouvrez-le dans son application et enregistrez-le au format .xlsx",
  notZip: "n'est pas une archive .xlsx valide : ce n'est pas un classeur Excel .xlsx ou .xlsm ; choisissez le bon fichier, ou, s'il s'ouvre dans Excel, enregistrez-le au format .xlsx (Fichier > Enregistrer sous > Classeur Excel)",
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * The names of the entries of an OLE compound file's directory. Directory entries are 128 bytes,
 * sector-aligned, so every 128-byte slot after the header is looked at: an entry is a slot whose
 * UTF-16 name matches its stated length and whose type is storage, stream or root. This needs no
 * walk of the allocation table, so a damaged or truncated file is still recognised.
 */
function oleEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = Math.min(bytes.length, 64 * 1024 * 1024);
  for (let at = 512; at + 128 <= limit; at += 128) {
    const nameLength = view.getUint16(at + 0x40, true);
    const type = bytes[at + 0x42];
    if (nameLength < 4 || nameLength > 64 || nameLength % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(at + nameLength - 2, true) !== 0) continue;
    let name = '';
    let printable = true;
    for (let i = 0; i < nameLength - 2; i += 2) {
      const code = view.getUint16(at + i, true);
      if (code < 0x20 && code !== 0x05 && code !== 0x06 && code !== 0x01) {
        printable = false;
        break;
      }
      name += String.fromCharCode(code);
    }
    if (printable) names.add(name.replace(/^[\x01\x05\x06]/, ''));
  }
  return names;
}

/** What a file that is not a zip is, as far as we can tell; null when it may be a zip. */
export function foreignFormat(bytes: Uint8Array): UnreadableWorkbook | null {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  if (startsWith(bytes, OLE_MAGIC)) {
    const names = oleEntryNames(bytes);
    if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return new UnreadableWorkbook(FOREIGN.encrypted);
    if (names.has('Workbook') || names.has('Book')) return new UnreadableWorkbook(FOREIGN.xls);
    if (names.has('WordDocument')) return new UnreadableWorkbook(FOREIGN.word);
    if (names.has('PowerPoint Document')) return new UnreadableWorkbook(FOREIGN.powerpoint);
    return new UnreadableWorkbook(FOREIGN.otherOle);
  }
  // A BIFF2-4 worksheet written as a bare stream starts with its BOF record.
  if (bytes.length >= 4 && bytes[1] <= 0x08 && [0x0009, 0x0209, 0x0409, 0x0809].includes(bytes[0] | (bytes[1] << 8)) && bytes[2] < 32 && bytes[3] === 0) {
    return new UnreadableWorkbook(FOREIGN.xls);
  }
  return new UnreadableWorkbook(FOREIGN.notZip);
}

/** What a zip that holds no SpreadsheetML workbook is, by the names of its entries (lower case). */
export function foreignPackage(names: Iterable<string>): UnreadableWorkbook | null {
  const set = new Set(names);
  if ([...set].some((n) => /^xl\/workbook\.bin$/.test(n))) return new UnreadableWorkbook(FOREIGN.xlsb);
  if (set.has('content.xml') && set.has('mimetype')) return new UnreadableWorkbook(FOREIGN.ods);
  if (set.has('word/document.xml')) return new UnreadableWorkbook(FOREIGN.word);
  if (set.has('ppt/presentation.xml')) return new UnreadableWorkbook(FOREIGN.powerpoint);
  return null;
}
