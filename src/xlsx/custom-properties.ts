/**
 * The package's custom document properties (`docProps/custom.xml`, what Excel shows in Fichier >
 * Informations > Propriétés > Propriétés avancées > Personnalisation). Read as text; written by
 * patching the part in place (other properties keep their bytes), or by adding the part with its
 * content type and package relationship when the workbook has none.
 */
import type { PropertyEdit } from '../domain/plans/plan';
import { partText, type Parts } from './package';
import { attribute, attributes, decodeXml, encodeUtf8, escapeXml, forEachElement, resolveTarget } from './xml';
import { addRelationship, declareContentType } from './workbook-parts';

export const CUSTOM_PROPERTIES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
export const CUSTOM_PROPERTIES_CONTENT = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const DEFAULT_PATH = 'docProps/custom.xml';
/** The format id every custom property carries (FMTID_UserDefinedProperties). */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const EMPTY =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';

/** Where the package's relationships put the custom properties, or null. */
function customPath(parts: Parts): string | null {
  const rels = partText(parts, '_rels/.rels');
  if (!rels) return null;
  let path: string | null = null;
  forEachElement(rels, 'Relationship', (attrsText) => {
    const a = attributes(attrsText);
    if (path === null && a.Type === CUSTOM_PROPERTIES_TYPE && a.Target && a.TargetMode !== 'External') path = resolveTarget('', a.Target); // package relationships resolve from the root
  });
  return path;
}

/** `/docProps/custom.xml` from the package root (the rels part of the root resolves from `/`). */
function rootTarget(target: string): string {
  return target.replace(/^\/+/, '');
}

interface PropertyElement {
  name: string;
  pid: number;
  start: number;
  end: number;
  attrsText: string;
  value: string;
}

function elements(xml: string): PropertyElement[] {
  const out: PropertyElement[] = [];
  forEachElement(xml, 'property', (attrsText, inner, start, end) => {
    const name = attribute(attrsText, 'name');
    if (name === undefined) return;
    // The value is the one typed child: <vt:lpwstr>…</vt:lpwstr>, <vt:i4>3</vt:i4>, <vt:bool>true</vt:bool>…
    const m = /^\s*<([\w.-]+:)?[\w.-]+(?:\s[^>]*)?>([\s\S]*?)<\/[^>]+>\s*$/.exec(inner);
    out.push({ name, pid: Number(attribute(attrsText, 'pid')) || 0, start, end, attrsText, value: m ? decodeXml(m[2]) : '' });
  });
  return out;
}

/** The custom properties, as text (`{ DUERP_Version: "3" }`); empty when the workbook has none. */
export function readCustomProperties(parts: Parts): Record<string, string> {
  const path = customPath(parts) ?? (parts.has(DEFAULT_PATH) ? DEFAULT_PATH : null);
  const xml = path ? partText(parts, rootTarget(path)) : null;
  const out: Record<string, string> = {};
  if (xml) for (const e of elements(xml)) out[e.name] = e.value;
  return out;
}

function valueXml(value: string | number): string {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? `<vt:i4>${value}</vt:i4>` : `<vt:lpwstr>${escapeXml(String(value))}</vt:lpwstr>`;
}

/** Writes the property edits: each property updated where it stands, added at the end, or removed. */
export function applyPropertyEdits(parts: Parts, edits: readonly PropertyEdit[]): void {
  if (edits.length === 0) return;
  let path = customPath(parts);
  if (path === null) {
    path = DEFAULT_PATH;
    if (edits.every((e) => e.value === null) && !parts.has(path)) return;
    addRelationship(parts, '_rels/.rels', CUSTOM_PROPERTIES_TYPE, path);
  }
  path = rootTarget(path);
  declareContentType(parts, path, CUSTOM_PROPERTIES_CONTENT);
  let xml = partText(parts, path) ?? EMPTY;
  if (!/<Properties\b[^>]*xmlns:vt=/.test(xml)) {
    xml = xml.replace(/<Properties\b/, '<Properties xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"');
  }
  for (const edit of edits) {
    const present = elements(xml).find((e) => e.name.toLowerCase() === edit.name.toLowerCase());
    if (edit.value === null) {
      if (present) xml = xml.slice(0, present.start) + xml.slice(present.end);
      continue;
    }
    if (present) {
      xml = `${xml.slice(0, present.start)}<property${present.attrsText}>${valueXml(edit.value)}</property>${xml.slice(present.end)}`;
      continue;
    }
    const pid = Math.max(1, ...elements(xml).map((e) => e.pid)) + 1;
    const element = `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(edit.name)}">${valueXml(edit.value)}</property>`;
    xml = /<Properties\b[^>]*\/>/.test(xml)
      ? xml.replace(/<Properties\b([^>]*?)\s*\/>/, `<Properties$1>${element}</Properties>`)
      : xml.replace(/<\/Properties>(?![\s\S]*<\/Properties>)/, `${element}</Properties>`);
  }
  parts.set(path, encodeUtf8(xml));
}
