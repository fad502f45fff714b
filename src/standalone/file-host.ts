/** The standalone page's host over an .xlsx file, loaded once a file is chosen (the reader stays out of the first load). */
import { frenchError } from '../taskpane/errors';
import type { PaneHost } from '../taskpane/pane-host';
import { UnreadableWorkbook } from '../xlsx/errors';
import { readSnapshot } from '../xlsx/read-snapshot';
import { XlsxHost } from '../xlsx/xlsx-host';

export class FileHost extends XlsxHost implements PaneHost {
  readonly where = 'fichier' as const;
  constructor(bytes: Uint8Array, private readonly name: string) {
    super(bytes);
  }
  async fileBytes(): Promise<Uint8Array> {
    return this.bytes();
  }
  fileName(): string {
    return this.name;
  }
}

/** The host over the file, or the French sentence that says why it cannot be opened (the command line's). */
export function openFile(bytes: Uint8Array, name: string): FileHost | string {
  try {
    readSnapshot(bytes);
  } catch (e) {
    return e instanceof UnreadableWorkbook ? e.about(name) : `« ${name} » ne peut pas être ouvert : ${frenchError(e)}`;
  }
  return new FileHost(bytes, name);
}
