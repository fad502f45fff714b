#!/usr/bin/env node
// Run before `npm test` and `npm start`: installs the packages when node_modules is missing or
// older than package.json, and compiles the command line when it is not built. Node built-ins only.
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..');
const at = (p) => path.join(root, p);
const mtime = (p) => (fs.existsSync(at(p)) ? fs.statSync(at(p)).mtimeMs : 0);
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

const stamp = 'node_modules/.package-lock.json';
if (!fs.existsSync(at('node_modules')) || mtime(stamp) < Math.max(mtime('package.json'), mtime('package-lock.json'))) {
  console.log('Installation des dépendances (npm install)…');
  run('npm install --no-audit --no-fund');
}
if (!fs.existsSync(at('build/cli/main.js')) || !fs.existsSync(at('build/duerp.js'))) {
  console.log('Compilation de la ligne de commande…');
  run('npm run build:cli');
}
