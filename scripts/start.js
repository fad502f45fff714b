#!/usr/bin/env node
// `npm start`: installs what is missing, builds the pane, serves dist/ on https://localhost:3000
// (certificates from ~/.office-addin-dev-certs when present) and says what it did.
// `npm start -- --once` builds, prints and exits (for tests and CI).
const { execSync } = require('child_process');
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
Pour déployer sur un serveur du service : npm run build -- --env base=https://serveur/chemin/
(écrit dist/manifest.xml à cette adresse ; voir le README, « Pour déployer »).
`);
if (once) process.exit(0);

// Serves the built files as they are (no second build): https when the dev certificates exist.
const dist = path.join(root, 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };
const handler = (req, res) => {
  const file = path.join(dist, decodeURIComponent((req.url || '/').split('?')[0]));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end('Introuvable');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
  fs.createReadStream(file).pipe(res);
};
const server = https
  ? require('https').createServer({ cert: fs.readFileSync(path.join(certs, 'localhost.crt')), key: fs.readFileSync(path.join(certs, 'localhost.key')) }, handler)
  : require('http').createServer(handler);
server.listen(3000, () => console.log(`En service sur ${origin} — Ctrl+C pour arrêter.`));
