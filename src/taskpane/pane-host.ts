import type { WorkbookHost } from '../domain/workbook/host';

/** A host the pane works over: Excel can also select a cell, the standalone page can not. */
export interface PaneHost extends WorkbookHost {
  select?(sheet: string, cell: string): Promise<void>;
}
