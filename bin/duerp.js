#!/usr/bin/env node
'use strict';
// The command line's entry: runs the compiled CLI (built by `npm install` through `prepare`):
// build/duerp.js, the compiled modules in one file (faster to start), unless it is older than
// build/cli/main.js (a compile without the bundling step), which then runs itself.
const path = require('path');
const fs = require('fs');
const build = path.join(__dirname, '..', 'build');
const main = path.join(build, 'cli', 'main.js');
const bundle = path.join(build, 'duerp.js');
const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};
const compiled = mtime(main);
if (compiled < 0) {
  process.stderr.write("La ligne de commande n'est pas compilée : lancez « npm install » (ou « npm run build:cli ») dans le dossier du projet.\n");
  process.exit(2);
}
require(mtime(bundle) >= compiled ? bundle : main).run(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`Erreur inattendue : ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
