/** workbook.xml, its relationships and the content types: new sheets, defined names, recalculation. */
import { attribute, encodeUtf8, escapeXml, forEachElement } from './xml';
import { partText, sheetEntries, type Parts } from './package';

const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

function insertInWorkbook(xml: string, element: string, fragment: string): string {
  let at = -1;
  for (const name of WORKBOOK_ORDER.slice(WORKBOOK_ORDER.indexOf(element) + 1)) {
    const m = new RegExp(`<${name}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</workbook>');
  return xml.slice(0, at) + fragment + xml.slice(at);
}

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const EMPTY_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** Adds a sheet at the end of the workbook; returns its part path. */
export function addSheet(parts: Parts, name: string, visibility: 'visible' | 'hidden'): string {
  let n = 1;
  while (parts.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  parts.set(path, encodeUtf8(EMPTY_WORKSHEET));

  const relId = addRelationship(parts, 'xl/_rels/workbook.xml.rels', WORKSHEET_TYPE, `worksheets/sheet${n}.xml`);

  const sheetId = Math.max(0, ...sheetEntries(parts).map((s) => s.sheetId)) + 1;
  const state = visibility === 'hidden' ? ' state="hidden"' : '';
  const wb = partText(parts, 'xl/workbook.xml')!;
  parts.set('xl/workbook.xml', encodeUtf8(wb.replace('</sheets>', `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} r:id="${relId}"/></sheets>`)));

  declareContentType(parts, path, WORKSHEET_CONTENT);
  return path;
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship to a relationships part (created when missing), under the first free `rIdN`; returns that id. */
export function addRelationship(parts: Parts, relsPath: string, type: string, target: string): string {
  const xml = partText(parts, relsPath) ?? EMPTY_RELS;
  const ids = new Set<string>();
  forEachElement(xml, 'Relationship', (attrsText) => {
    const id = attribute(attrsText, 'Id');
    if (id) ids.add(id);
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  parts.set(relsPath, encodeUtf8(xml.replace('</Relationships>', `<Relationship Id="rId${n}" Type="${type}" Target="${target}"/></Relationships>`)));
  return `rId${n}`;
}

/** Declares a part's content type, unless the package already does (Excel ignores a part without one). */
export function declareContentType(parts: Parts, path: string, contentType: string): void {
  const types = partText(parts, '[Content_Types].xml')!;
  if (new RegExp(`PartName="/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(types)) return;
  parts.set('[Content_Types].xml', encodeUtf8(types.replace('</Types>', `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`)));
}

export function setDefinedNames(parts: Parts, names: { name: string; ref: string }[]): void {
  if (names.length === 0) return;
  let wb = partText(parts, 'xl/workbook.xml')!;
  for (const { name } of names) {
    wb = wb.replace(new RegExp(`<definedName\\b(?![^>]*localSheetId)[^>]*?name="${name}"[^>]*>[\\s\\S]*?</definedName>`, 'i'), '');
  }
  const items = names.map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`).join('');
  if (/<definedNames\b[^>]*\/>/.test(wb)) wb = wb.replace(/<definedNames\b[^>]*\/>/, `<definedNames>${items}</definedNames>`);
  else if (/<definedNames\b/.test(wb)) wb = wb.replace('</definedNames>', `${items}</definedNames>`);
  else wb = insertInWorkbook(wb, 'definedNames', `<definedNames>${items}</definedNames>`);
  parts.set('xl/workbook.xml', encodeUtf8(wb));
}

/** Formulas changed: drop the calculation chain and have Excel recalculate on open. */
export function requestFullRecalc(parts: Parts): void {
  if (parts.has('xl/calcChain.xml')) {
    parts.delete('xl/calcChain.xml');
    const rels = partText(parts, 'xl/_rels/workbook.xml.rels')!;
    parts.set('xl/_rels/workbook.xml.rels', encodeUtf8(rels.replace(/<Relationship\b[^>]*?Target="[^"]*calcChain\.xml"[^>]*?\/>/, '')));
    const types = partText(parts, '[Content_Types].xml')!;
    parts.set('[Content_Types].xml', encodeUtf8(types.replace(/<Override\b[^>]*?PartName="\/xl\/calcChain\.xml"[^>]*?\/>/, '')));
  }
  let wb = partText(parts, 'xl/workbook.xml')!;
  if (/<calcPr\b/.test(wb)) {
    wb = wb.replace(/<calcPr\b([^>]*?)(\/?)>/, (_, attrs: string, close: string) => `<calcPr${attrs.replace(/\s*fullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${close}>`);
  } else wb = insertInWorkbook(wb, 'calcPr', '<calcPr fullCalcOnLoad="1"/>');
  parts.set('xl/workbook.xml', encodeUtf8(wb));
}
