/** The manifest, checked offline (`npm run validate` asks Microsoft's service on machines that are online). */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');

/** A strict little well-formedness check: every tag closes in order, attributes are quoted. */
function checkWellFormed(text: string): void {
  const stack: string[] = [];
  const body = text.replace(/<\?xml[^?]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const between = body.slice(last, m.index);
    if (/[<>]/.test(between)) throw new Error(`balise mal formée près de « ${between.slice(0, 40)} »`);
    last = re.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> ferme <${open}>`);
    } else if (!selfClosing) stack.push(name);
  }
  if (/[<>]/.test(body.slice(last))) throw new Error('fin mal formée');
  if (stack.length) throw new Error(`balises non fermées : ${stack.join(', ')}`);
}

const topLevel = () => {
  const inner = xml.slice(xml.indexOf('<OfficeApp'), xml.lastIndexOf('</OfficeApp>'));
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
};

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(() => checkWellFormed(xml)).not.toThrow();
  });

  it('has the required elements in the schema’s order', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    expect(topLevel()).toEqual(order);
  });

  it('has a real GUID, French locale, Excel host, ExcelApi 1.9 and only ReadWriteDocument', () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(xml)![1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toMatch(/^0{8}/);
    expect(xml).toContain('<DefaultLocale>fr-FR</DefaultLocale>');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });

  it('defines every resid it uses, once', () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const r of used) expect(defined).toContain(r);
  });

  it('points every URL at one https origin, and every icon at a PNG of its size in assets/', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(new URL(u).origin).toBe('https://localhost:3000');
    const icons = [...xml.matchAll(/DefaultValue="https:\/\/localhost:3000\/assets\/([^"]+)"/g)].map((m) => m[1]);
    for (const icon of icons) {
      const png = fs.readFileSync(path.join(root, 'assets', icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/icon-(\d+)\.png/.exec(icon)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('opens the pane from a button on the Home tab', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(xml).toContain('DefaultValue="Ouvrir l\'assistant"');
  });
});
