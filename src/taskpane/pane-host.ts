import type { WorkbookHost } from '../domain/workbook/host';

/** A place in the workbook: a sheet and an A1 address (`D12`, or `D12:F14`). */
export interface CellPlace {
  sheet: string;
  address: string;
}

/**
 * A host the pane works over. Excel can also select a cell, report the selection and say when the
 * workbook changed; the standalone page can offer the modified file for download.
 */
export interface PaneHost extends WorkbookHost {
  /** `excel` in Excel's pane, `fichier` for the standalone page's .xlsx file. */
  readonly where: 'excel' | 'fichier';
  select?(sheet: string, cell: string): Promise<void>;
  /** Calls back with the new selection; returns the unsubscribe function. */
  onSelection?(listener: (place: CellPlace) => void): () => void;
  /** Calls back when someone changes the workbook (not only the pane); returns the unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /** The workbook's file as it is saved now (to archive it), and its name. */
  fileBytes?(): Promise<Uint8Array>;
  fileName?(): string;
}
