/** Opening a workbook file for a command: read, snapshot, recognise, refuse what cannot be used. */
import { recognise } from '../domain/workbook/recognise';
import type { Recognition } from '../domain/workbook/recognition';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { NotAWorkbook } from '../xlsx/package';
import { readSnapshot } from '../xlsx/read-snapshot';
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
    // Our own reasons are French (NotAWorkbook); anything else (a corrupt compressed part) is not said in English.
    const reason = e instanceof NotAWorkbook ? (e as Error).message : "l'archive est endommagée (une de ses parties ne peut pas être lue)";
    throw new UnusableInput(`« ${file} » ne peut pas être lu comme un classeur Excel : ${reason}.`);
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
