/**
 * The catalogue of shipped packages (LICENCES.md, written by `npm run licences`): it matches what
 * the script generates from node_modules, and no package that ships is deprecated.
 */
import * as fs from 'fs';
import * as path from 'path';

// scripts/licences.js is plain CommonJS run by node (no types of its own).
const licences = require('../../scripts/licences.js') as {
  inventory(): { list: Shipped[]; missing: string[] };
  render(inv: { list: Shipped[]; missing: string[] }): string;
  deprecation(pkg: { name: string; version: string; deprecated?: string | boolean }): string | null;
  OUT: string;
};

interface Shipped {
  name: string;
  version: string;
  licence: string;
  deprecated: string | null;
  pane: boolean;
  cli: boolean;
}

/**
 * Deprecated in npm's metadata, pulled by exceljs 4.4.0 (its latest release) through archiver and
 * unzipper, and loaded only by the command line (`duerp new`, compile and programme without --into).
 * Listed so that any other deprecated package fails, and so that this list is shortened as soon
 * as exceljs stops pulling one of them.
 */
const ACCEPTED_IN_CLI_THROUGH_EXCELJS = ['fstream', 'glob', 'inflight', 'lodash.isequal', 'rimraf'];

const inv = licences.inventory();
const names = (f: (p: Shipped) => boolean) => inv.list.filter(f).map((p) => p.name);

describe('LICENCES.md', () => {
  it('is what `npm run licences` writes from node_modules (no drift)', () => {
    expect(path.basename(licences.OUT)).toBe('LICENCES.md');
    expect(fs.readFileSync(licences.OUT, 'utf8')).toBe(licences.render(inv));
  });

  it('lists what the pane bundles and what the command line loads, each with version and licence', () => {
    const pane = names((p) => p.pane);
    const cli = names((p) => p.cli);
    expect(pane).toEqual(expect.arrayContaining(['react', 'react-dom', 'scheduler', 'fflate', '@fluentui/react-components', '@fluentui/react-tabs']));
    expect(cli).toEqual(expect.arrayContaining(['commander', 'exceljs', 'fflate']));
    // The pane never carries the command line's packages, and development tools ship nowhere.
    for (const p of ['commander', 'exceljs']) expect(pane).not.toContain(p);
    for (const p of ['react', 'react-dom']) expect(cli).not.toContain(p);
    for (const p of ['jest', 'webpack', 'typescript', 'ts-jest', '@microsoft/office-js', 'playwright-core']) expect([...pane, ...cli]).not.toContain(p);
    const text = fs.readFileSync(licences.OUT, 'utf8');
    const react = inv.list.find((p) => p.name === 'react')!;
    expect(text).toContain(`| \`react\` | ${react.version} | MIT | oui |  |  |`);
    expect(react.version).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '../../node_modules/react/package.json'), 'utf8')).version);
    expect(inv.missing).toEqual([]);
  });

  it('every package of the pane declares its licence', () => {
    expect(inv.list.filter((p) => p.pane && p.licence === '(non déclarée)').map((p) => p.name)).toEqual([]);
  });

  it('no package of the pane is deprecated, and the command line only the ones exceljs pulls', () => {
    expect(inv.list.filter((p) => p.pane && p.deprecated).map((p) => `${p.name}@${p.version}: ${p.deprecated}`)).toEqual([]);
    expect(names((p) => p.cli && p.deprecated !== null).sort()).toEqual(ACCEPTED_IN_CLI_THROUGH_EXCELJS);
  });

  it('reads `deprecated` from a package.json, and knows versions npm marks deprecated', () => {
    expect(licences.deprecation({ name: 'x', version: '1.0.0', deprecated: 'use y instead' })).toBe('use y instead');
    expect(licences.deprecation({ name: 'x', version: '1.0.0' })).toBeNull();
    expect(licences.deprecation({ name: 'glob', version: '7.2.3' })).toMatch(/antérieures à la 9/);
    expect(licences.deprecation({ name: 'glob', version: '10.4.5' })).toBeNull();
    expect(licences.deprecation({ name: '@microsoft/office-js-helpers', version: '1.0.2' })).toMatch(/archivé/);
  });
});
