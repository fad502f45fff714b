/** Any error as one French sentence for the pane. */
import { ExcelHostError, frenchOfficeError, officeErrorCode } from '../excel/office-errors';

export function frenchError(e: unknown): string {
  // Office's errors (and the Excel host's refusals) have their own actionable sentences.
  if (e instanceof ExcelHostError || officeErrorCode(e)) return frenchOfficeError(e);
  const message = e instanceof Error ? e.message : String(e);
  // Our own errors are French sentences already; a runtime's or library's English is not shown.
  if (/[éèàùçê«»’]|\b(le|la|les|du|des|est|n'est|introuvable)\b/i.test(message)) return message;
  return 'une erreur inattendue est survenue ; relisez le classeur et recommencez.';
}
