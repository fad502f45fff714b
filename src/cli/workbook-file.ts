/** Opening a workbook file for a command: read, snapshot, recognise, refuse what cannot be used. */
import { recognise } from '../domain/workbook/recognise';
import type { Recognition } from '../domain/workbook/recognition';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { NotAWorkbook } from '../xlsx/package';
import { readSnapshot } from '../xlsx/read-snapshot';
import { UnreadableWorkbook } from '../xlsx/errors';
import { UnusableInput } from './errors';
import { readWorkbookFile } from './io';

export interface OpenedWorkbook {
  file: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
  recognition: Recognition;
}

export function openWorkbook(file: string): OpenedWorkbook {
  const bytes = readWorkbookFile(file);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = readSnapshot(bytes);
  } catch (e) {
    // The reader's refusals are whole French sentences that name what to do (src/xlsx/errors.ts).
    if (e instanceof UnreadableWorkbook) throw Object.assign(new UnusableInput(e.about(file)), { cause: e });
    // Our own reasons are French (NotAWorkbook); a corrupt compressed part (fflate's errors carry a
    // numeric code) or anything else is never said in English. DUERP_DEBUG=1 shows the cause.
    const reason =
      e instanceof NotAWorkbook
        ? (e as Error).message
        : typeof (e as { code?: unknown })?.code === 'number'
          ? "l'archive est endommagée (une de ses parties compressées ne peut pas être décompressée)"
          : "son contenu n'a pas pu être interprété (partie du classeur illisible ou inattendue)";
    throw Object.assign(new UnusableInput(`« ${file} » ne peut pas être lu comme un classeur Excel : ${reason}.`), { cause: e });
  }
  return { file, bytes, snapshot, recognition: recognise(snapshot) };
}

export const UNKNOWN_KIND_MESSAGE = (file: string) =>
  `« ${file} » n'est ni un outil de recensement, ni un document unique, ni un programme annuel de prévention : aucune de leurs feuilles n'a été reconnue.`;

/** Opens a workbook and insists that it is one of the three kinds. */
export function openKnownWorkbook(file: string): OpenedWorkbook {
  const opened = openWorkbook(file);
  if (opened.recognition.kind === 'inconnu') throw new UnusableInput(UNKNOWN_KIND_MESSAGE(file));
  return opened;
}
