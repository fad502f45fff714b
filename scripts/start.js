#!/usr/bin/env node
// `npm start`: installs what is missing, builds the pane, serves dist/ on https://localhost:3000
// (certificates from ~/.office-addin-dev-certs when present) and says what it did.
// `npm start -- --once` builds, prints and exits (for tests and CI).
const { execSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const once = process.argv.includes('--once');
execSync('node scripts/ensure-install.js', { cwd: root, stdio: 'inherit' });

console.log('Construction du volet (webpack)…');
execSync('npx webpack --mode production', { cwd: root, stdio: 'inherit' });

const certs = path.join(os.homedir(), '.office-addin-dev-certs');
const https = ['localhost.crt', 'localhost.key'].every((f) => fs.existsSync(path.join(certs, f)));
const origin = `${https ? 'https' : 'http'}://localhost:3000`;
console.log(`
Assistant DUERP — ce qui a été fait :
  • dépendances vérifiées, ligne de commande compilée (npx duerp --help) ;
  • volet construit dans dist/ : taskpane.html (pour Excel) et standalone.html (sur un fichier .xlsx).
${https ? '' : '  • pas de certificat de développement (~/.office-addin-dev-certs) : service en http. Excel exige https :\n    lancez « npx office-addin-dev-certs install » sur un poste qui le permet.\n'}
Service : ${origin}/taskpane.html et ${origin}/standalone.html

Sur cette machine Linux, il n’y a pas d’Excel : le complément ne peut pas y être chargé.
Pour le charger (manifest.xml) :
  • Excel sur le web : Insertion > Compléments > Charger mon complément > manifest.xml ;
  • Excel Windows : dossier partagé déclaré comme catalogue de compléments approuvés, ou
    « npx office-addin-debugging start manifest.xml » ;
  • Excel Mac : copier manifest.xml dans ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef.
`);
if (once) process.exit(0);
const server = spawn('npx', ['webpack', 'serve', '--mode', 'production'], { cwd: root, stdio: 'inherit' });
process.on('SIGINT', () => server.kill('SIGINT'));
server.on('exit', (code) => process.exit(code ?? 0));
