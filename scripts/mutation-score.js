#!/usr/bin/env node
'use strict';
/**
 * The mutation score of each scope of src/domain, from the JSON reports Stryker left under
 * reports/mutation/ (a scope's own run, or its files run one by one): for each source file the
 * newest report that holds it counts. Score as Stryker computes it: detected (killed, timed out)
 * over valid mutants (detected, survived, without coverage); ignored and compile errors aside.
 * Run: npm run mutation:score
 */
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'reports', 'mutation');
const reports = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f))
  : [];
if (reports.length === 0) {
  console.log('Aucun rapport sous reports/mutation : lancez « npm run mutation » d’abord.');
  process.exit(0);
}

// For each source file, the mutants of the newest report that holds it.
const newest = new Map();
for (const file of reports.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [source, entry] of Object.entries(report.files ?? {})) {
    newest.set(source.replace(/\\/g, '/'), { mutants: entry.mutants ?? [], report: path.basename(file) });
  }
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const scopes = new Map();
for (const [source, { mutants }] of newest) {
  const m = /src\/domain\/([a-z-]+)\//.exec(source);
  const scope = m ? m[1] : '(autre)';
  const s = scopes.get(scope) ?? { detected: 0, undetected: 0, ignored: 0, files: 0 };
  s.files++;
  for (const mutant of mutants) {
    if (DETECTED.has(mutant.status)) s.detected++;
    else if (UNDETECTED.has(mutant.status)) s.undetected++;
    else s.ignored++;
  }
  scopes.set(scope, s);
}

console.log('Score de mutation par partie du cœur (src/domain)');
for (const [scope, s] of [...scopes].sort()) {
  const valid = s.detected + s.undetected;
  const score = valid ? (100 * s.detected) / valid : 0;
  console.log(
    `  ${scope.padEnd(10)} ${score.toFixed(1).replace('.', ',').padStart(5)} %   ${s.detected} détectés sur ${valid}` +
      `, ${s.ignored} écartés, ${s.files} fichiers`,
  );
}
