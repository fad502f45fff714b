/**
 * bin/duerp.js runs the bundled command line (build/duerp.js) unless a later compile left
 * build/cli/main.js newer, and says in French when nothing is compiled; the bundle runs on its own.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-bin-'));
const bin = path.join(base, 'bin', 'duerp.js');
const stub = (file: string, says: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `exports.run = async () => { process.stdout.write(${JSON.stringify(says)}); return 0; };\n`);
};
const run = () => spawnSync(process.execPath, [bin], { encoding: 'utf8' });

beforeAll(() => {
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.copyFileSync(path.join(root, 'bin/duerp.js'), bin);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

it('says in French that the command line is not compiled', () => {
  const r = run();
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^La ligne de commande n'est pas compilée/);
});

it('runs the bundle when it is as new as the compiled modules, the modules when they are newer', () => {
  const main = path.join(base, 'build/cli/main.js');
  const bundle = path.join(base, 'build/duerp.js');
  stub(main, 'modules');
  expect(run().stdout).toBe('modules');
  stub(bundle, 'bundle');
  const t = new Date();
  fs.utimesSync(main, t, t);
  fs.utimesSync(bundle, t, t);
  expect(run().stdout).toBe('bundle');
  const later = new Date(t.getTime() + 5_000);
  fs.utimesSync(main, later, later);
  expect(run().stdout).toBe('modules');
});

it('the project\'s bundle runs by itself, away from the compiled modules', () => {
  const bundle = path.join(root, 'build/duerp.js');
  // Built by `npm install` (prepare) and by scripts/ensure-install.js before the tests.
  expect(fs.existsSync(bundle)).toBe(true);
  // A folder with the bundle and the packages only: nothing of build/cli to fall back on.
  const folder = path.join(base, 'alone');
  fs.mkdirSync(folder);
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'));
  const alone = path.join(folder, 'duerp.js');
  fs.copyFileSync(bundle, alone);
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(alone)}).run(['node', 'duerp', 'catalogue', 'families', '--json']).then((c) => { process.exitCode = c; })`], { cwd: os.tmpdir(), encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  expect(JSON.parse(r.stdout)).toHaveLength(26);
});
