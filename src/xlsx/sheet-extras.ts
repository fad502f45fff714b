/** Data validations and conditional formats in a worksheet part, placed in the schema's order. */
import type { ColourRule } from '../domain/plans/plan';
import { escapeXml } from './xml';

/** CT_Worksheet's child order (ECMA-376): Excel refuses a part whose elements are out of order. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Inserts `fragment` where an element named `element` belongs: before the first element that must follow it. */
export function insertInOrder(xml: string, element: string, fragment: string, order: string[] = WORKSHEET_ORDER): string {
  const after = order.slice(order.indexOf(element) + 1);
  let at = -1;
  for (const name of after) {
    const m = new RegExp(`<${name}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + fragment + xml.slice(at);
}

export interface ListValidation {
  range: string;
  list: string;
}

export function addValidations(xml: string, validations: ListValidation[]): string {
  if (validations.length === 0) return xml;
  const items = validations
    .map((v) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(v.list.replace(/^=/, ''))}</formula1></dataValidation>`)
    .join('');
  const existing = /<dataValidations\b([^>]*?)(\/>|>)/.exec(xml);
  if (!existing) return insertInOrder(xml, 'dataValidations', `<dataValidations count="${validations.length}">${items}</dataValidations>`);
  // Replace a validation on exactly the same range, then append.
  let out = xml;
  for (const v of validations) {
    out = out.replace(new RegExp(`<dataValidation\\b[^>]*?sqref="${v.range.replace(/[$]/g, '\\$')}"[^>]*?(?:/>|>[\\s\\S]*?</dataValidation>)`), '');
  }
  if (existing[2] === '/>') out = out.replace(/<dataValidations\b[^>]*?\/>/, `<dataValidations>${items}</dataValidations>`);
  else out = out.replace('</dataValidations>', `${items}</dataValidations>`);
  const count = (out.match(/<dataValidation\b/g) ?? []).length;
  return out.replace(/<dataValidations\b[^>]*?>/, (tag) => (/count="/.test(tag) ? tag.replace(/count="\d+"/, `count="${count}"`) : tag.replace('<dataValidations', `<dataValidations count="${count}"`)));
}

export interface ColourFormat {
  range: string;
  rules: { rule: ColourRule; dxfId: number }[];
}

export function addConditionalFormats(xml: string, formats: ColourFormat[]): string {
  if (formats.length === 0) return xml;
  let priority = Math.max(0, ...[...xml.matchAll(/<cfRule\b[^>]*?priority="(\d+)"/g)].map((m) => Number(m[1])));
  const fragment = formats
    .map((f) => {
      const rules = f.rules
        .map(({ rule, dxfId }) =>
          rule.formula
            ? `<cfRule type="expression" dxfId="${dxfId}" priority="${++priority}"><formula>${escapeXml(rule.formula)}</formula></cfRule>`
            : `<cfRule type="cellIs" dxfId="${dxfId}" priority="${++priority}" operator="equal"><formula>"${escapeXml(rule.equals)}"</formula></cfRule>`,
        )
        .join('');
      return `<conditionalFormatting sqref="${escapeXml(f.range)}">${rules}</conditionalFormatting>`;
    })
    .join('');
  return insertInOrder(xml, 'conditionalFormatting', fragment);
}
