#!/usr/bin/env node
'use strict';
/**
 * `npm run licences`: writes LICENCES.md, the packages that ship with the pane (the webpack
 * bundle) and with the command line, with their version and licence, from node_modules (no
 * network). What ships is found from the code: the bare imports reachable from the pane's entries
 * (src/taskpane/index.tsx, src/standalone/index.tsx) and from the CLI's (src/cli/main.ts), type-only
 * imports left out, then every `dependencies` entry of those packages, transitively.
 *
 * `node scripts/licences.js --check` writes nothing and exits 1 when LICENCES.md differs from
 * what it would write (the test does the same through `inventory()` and `render()`).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'LICENCES.md');
const ENTRIES = {
  pane: ['src/taskpane/index.tsx', 'src/standalone/index.tsx'],
  cli: ['src/cli/main.ts'],
};
const BUILTINS = new Set(require('module').builtinModules);

/**
 * Packages npm's registry marks deprecated at these versions (its metadata is not copied into
 * node_modules, and the check runs without network). `range` is a major version bound.
 */
const KNOWN_DEPRECATED = [
  { name: 'inflight', below: Infinity, reason: 'fuite de mémoire, plus maintenu' },
  { name: 'glob', below: 9, reason: 'versions antérieures à la 9 plus maintenues' },
  { name: 'rimraf', below: 4, reason: 'versions antérieures à la 4 plus maintenues' },
  { name: 'fstream', below: Infinity, reason: 'plus maintenu' },
  { name: 'uuid', below: 7, reason: 'versions antérieures à la 7 dépréciées' },
  { name: 'request', below: Infinity, reason: 'déprécié depuis 2020' },
  { name: 'har-validator', below: Infinity, reason: 'plus maintenu' },
  { name: 'querystring', below: Infinity, reason: 'remplacé par URLSearchParams' },
  { name: 'core-js', below: 3, reason: 'versions antérieures à la 3 plus maintenues' },
  { name: '@microsoft/office-js-helpers', below: Infinity, reason: 'archivé depuis 2020' },
  { name: 'lodash.isequal', below: Infinity, reason: 'remplacé par util.isDeepStrictEqual' },
  { name: 'lodash.get', below: Infinity, reason: 'remplacé par le chaînage optionnel' },
];

/** Why a package at this version is deprecated, or null: its package.json's `deprecated`, then the known list. */
function deprecation(pkg) {
  if (typeof pkg.deprecated === 'string' && pkg.deprecated) return pkg.deprecated;
  if (pkg.deprecated === true) return 'marqué déprécié';
  const major = Number(String(pkg.version).split('.')[0]);
  const known = KNOWN_DEPRECATED.find((k) => k.name === pkg.name && major < k.below);
  return known ? `${known.reason} (métadonnées npm)` : null;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveSource(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The packages a set of entry files reach through their (non type-only) imports. */
function importedPackages(entries) {
  const seen = new Set();
  const packages = new Set();
  const queue = entries.map((e) => path.join(ROOT, e));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [];
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)) if (!m[2]) specifiers.push(m[3]);
    for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specifiers.push(m[1]);
    // Dynamic imports too, with webpack's chunk-name comment before the specifier.
    for (const m of text.matchAll(/\b(?:import|require)\(\s*(?:\/\*[\s\S]*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]);
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        const next = resolveSource(file, spec);
        if (next) queue.push(next);
      } else if (!BUILTINS.has(spec) && !spec.startsWith('node:')) {
        packages.add(packageName(spec));
      }
    }
    // JSX compiles to react/jsx-runtime (tsconfig "jsx": "react-jsx").
    if (file.endsWith('.tsx')) packages.add('react');
  }
  return packages;
}

/** The folder of package `name` as Node would resolve it from `fromDir`. */
function locate(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && pkg.license.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => (typeof l === 'string' ? l : l.type)).join(' OR ');
  return '(non déclarée)';
}

/** Every package shipped from these roots: { name, version, licence, deprecated } by `name@version`. */
function walk(roots) {
  const found = new Map();
  const missing = [];
  const queue = [...roots].map((name) => [name, ROOT]);
  while (queue.length) {
    const [name, from] = queue.shift();
    const dir = locate(name, from);
    if (!dir) {
      missing.push(name);
      continue;
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (found.has(key)) continue;
    found.set(key, { name: pkg.name, version: pkg.version, licence: licenceOf(pkg), deprecated: deprecation(pkg) });
    for (const dep of Object.keys(pkg.dependencies || {})) queue.push([dep, dir]);
    // Optional dependencies ship only where they are installed.
    for (const dep of Object.keys(pkg.optionalDependencies || {})) if (locate(dep, dir)) queue.push([dep, dir]);
  }
  return { packages: found, missing };
}

/** What ships where: [{ name, version, licence, deprecated, pane, cli }], sorted. */
function inventory() {
  const pane = walk(importedPackages(ENTRIES.pane));
  const cli = walk(importedPackages(ENTRIES.cli));
  const all = new Map();
  for (const [key, p] of pane.packages) all.set(key, { ...p, pane: true, cli: false });
  for (const [key, p] of cli.packages) all.set(key, { ...(all.get(key) || { ...p, pane: false }), cli: true });
  const list = [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  return { list, missing: [...new Set([...pane.missing, ...cli.missing])].sort() };
}

function render({ list, missing }) {
  const count = (f) => list.filter(f).length;
  const lines = [
    '# Licences des paquets livrés',
    '',
    'Généré par `npm run licences` (scripts/licences.js) à partir de `node_modules` : ne pas modifier à la main.',
    'Un test échoue si ce fichier ne correspond plus à ce que le script écrit, ou si un paquet livré est déprécié.',
    '',
    `Le volet (le paquet webpack de \`dist/\`) embarque ${count((p) => p.pane)} paquets ; la ligne de commande en charge ${count((p) => p.cli)}.`,
    'Les outils de développement (webpack, jest, TypeScript…) ne sont pas livrés et ne figurent pas ici.',
    '',
    '| paquet | version | licence | volet | ligne de commande | dépréciation |',
    '|---|---|---|---|---|---|',
    ...list.map((p) => `| \`${p.name}\` | ${p.version} | ${p.licence} | ${p.pane ? 'oui' : ''} | ${p.cli ? 'oui' : ''} | ${p.deprecated ? p.deprecated.replace(/\|/g, '\\|') : ''} |`),
    '',
    '## Licences',
    '',
    ...Object.entries(list.reduce((acc, p) => ({ ...acc, [p.licence]: (acc[p.licence] || 0) + 1 }), {}))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
      .map(([licence, n]) => `- ${licence} : ${n} paquet${n > 1 ? 's' : ''}`),
  ];
  if (missing.length) lines.push('', `Paquets importés mais absents de node_modules : ${missing.map((m) => `\`${m}\``).join(', ')}.`);
  return lines.join('\n') + '\n';
}

module.exports = { inventory, render, deprecation, importedPackages, OUT, KNOWN_DEPRECATED };

if (require.main === module) {
  const text = render(inventory());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      process.stderr.write('LICENCES.md ne correspond plus aux paquets installés : lancez « npm run licences ».\n');
      process.exit(1);
    }
    process.stdout.write('LICENCES.md est à jour.\n');
  } else {
    fs.writeFileSync(OUT, text);
    process.stdout.write(`LICENCES.md écrit (${text.split('\n').filter((l) => l.startsWith('| `')).length} paquets).\n`);
  }
}
