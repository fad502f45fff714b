/** Workbook files chosen in the pane, read with the .xlsx reader (loaded only by the journeys that need it). */
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { readSnapshot } from '../../xlsx/read-snapshot';

export interface ReadFile {
  name: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
}

export async function readWorkbookFile(file: File): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error(`« ${file.name} » n’est pas un classeur Excel (.xlsx ou .xlsm).`);
  try {
    return { name: file.name, bytes, snapshot: readSnapshot(bytes) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(/[éèàç«]/.test(message) ? message : `« ${file.name} » n’a pas pu être lu : le classeur est endommagé.`);
  }
}
