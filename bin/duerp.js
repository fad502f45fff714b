#!/usr/bin/env node
'use strict';
// The command line's entry: runs the compiled CLI (built by `npm install` through `prepare`).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write("La ligne de commande n'est pas compilée : lancez « npm install » (ou « npm run build:cli ») dans le dossier du projet.\n");
  process.exit(2);
}
require(main).run(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`Erreur inattendue : ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
