/**
 * A fresh, working workbook without ExcelJS (which the browser would otherwise download, with its
 * `new Function` shim): a minimal package of one sheet, then the template's cells, sheets,
 * formulas, dropdowns and colours written by the same patcher as any plan. Used by the pane to
 * offer a new programme; the command line's `duerp new` keeps ExcelJS for its styled layout.
 */
import { strToU8, zipSync } from 'fflate';
import { layoutToSnapshot, type TemplateLayout } from '../domain/templates';
import { applyPlanToSnapshot } from '../domain/plans/apply-to-snapshot';
import type { Edit, Plan } from '../domain/plans/plan';
import { planRecompute } from '../domain/plans/recompute';
import { planRepair } from '../domain/plans/repair';
import { toA1 } from '../domain/workbook/address';
import { applyPlan } from './apply-plan';
import { readSnapshot } from './read-snapshot';
import { escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function blankPackage(firstSheet: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(firstSheet)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
  });
}

/** The layout's sheets and cells as a plan over the blank package. */
function layoutPlan(layout: TemplateLayout): Plan {
  const snapshot = layoutToSnapshot(layout);
  const edits: Edit[] = [];
  snapshot.sheets.forEach((s, i) => {
    if (i > 0) edits.push({ kind: 'sheet', sheet: s.name, visibility: 'visible', reason: 'Feuille du modèle' });
    s.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = s.formulas[r]?.[c] ?? null;
        const cell = toA1(r + 1, c + 1);
        if (formula) edits.push({ kind: 'formula', sheet: s.name, cell, before: null, beforeFormula: null, formula, result: value, reason: 'Modèle' });
        else if (value !== null && value !== '') edits.push({ kind: 'value', sheet: s.name, cell, before: null, beforeFormula: null, after: value, reason: 'Modèle' });
      }),
    );
  });
  return { command: 'modele', edits };
}

export function freshWorkbook(layout: TemplateLayout): Uint8Array {
  const blank = applyPlan(blankPackage(layout.sheets[0].name), layoutPlan(layout));
  const snapshot = readSnapshot(blank);
  const repair = planRepair(snapshot);
  const recompute = planRecompute(applyPlanToSnapshot(snapshot, repair));
  return applyPlan(blank, { command: 'new', edits: [...repair.edits, ...recompute.edits] });
}
