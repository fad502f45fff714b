/** Differential formats (dxf) in styles.xml: the colours conditional formats point at. */
import type { ColourRule } from '../domain/plans/plan';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function dxfXml(rule: ColourRule): string {
  return `<dxf><font><color rgb="${argb(rule.font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(rule.fill)}"/><bgColor rgb="${argb(rule.fill)}"/></patternFill></fill></dxf>`;
}

const STYLESHEET_AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

/** Adds one dxf per rule (reusing identical ones); returns the new styles part and each rule's id. */
export function addDxfs(stylesXml: string, rules: ColourRule[]): { xml: string; ids: number[] } {
  let xml = stylesXml;
  if (!/<dxfs\b/.test(xml)) {
    let at = -1;
    for (const name of STYLESHEET_AFTER_DXFS) {
      const m = new RegExp(`<${name}[\\s>/]`).exec(xml);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at < 0) at = xml.lastIndexOf('</styleSheet>');
    xml = xml.slice(0, at) + '<dxfs count="0"></dxfs>' + xml.slice(at);
  }
  xml = xml.replace(/<dxfs\b([^>]*?)\/>/, '<dxfs$1></dxfs>');
  const block = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(xml)!;
  const existing = [...block[1].matchAll(/<dxf>[\s\S]*?<\/dxf>|<dxf\/>/g)].map((m) => m[0]);
  const ids = rules.map((rule) => {
    const x = dxfXml(rule);
    let id = existing.indexOf(x);
    if (id < 0) {
      existing.push(x);
      id = existing.length - 1;
    }
    return id;
  });
  const inner = existing.join('');
  xml = xml.replace(/<dxfs\b[^>]*>[\s\S]*?<\/dxfs>/, `<dxfs count="${existing.length}">${inner}</dxfs>`);
  return { xml, ids };
}

/** A minimal styles part, for a package that has none. */
export const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"></dxfs></styleSheet>';
