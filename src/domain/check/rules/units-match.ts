/** Whether a risk row's unit is a declared unit: same text, or the same unit code (`A 16`). */
import { normaliseLabel } from '../../workbook/labels';
import type { CellValue } from '../../workbook/snapshot';

function code(v: CellValue | undefined): string | null {
  const m = /^([a-z]{1,2}) ?(\d{2})\b/.exec(normaliseLabel(v));
  return m ? `${m[1]}${m[2]}` : null;
}

export function sameUnit(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const na = normaliseLabel(a);
  const nb = normaliseLabel(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  const ca = code(a);
  return ca !== null && ca === code(b);
}
