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

describe('the project\'s bundle, away from the compiled modules', () => {
  let alone = '';
  beforeAll(() => {
    const bundle = path.join(root, 'build/duerp.js');
    // Built by `npm install` (prepare) and by scripts/ensure-install.js before the tests.
    expect(fs.existsSync(bundle)).toBe(true);
    // A folder with the bundle and the packages only: nothing of build/cli to fall back on.
    const folder = path.join(base, 'alone');
    fs.mkdirSync(folder);
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'));
    alone = path.join(folder, 'duerp.js');
    fs.copyFileSync(bundle, alone);
  });
  // Runs a command from a script file (`node -e` loads crypto itself), then prints what was loaded.
  const runAlone = (args: string[]) => {
    const script = path.join(base, `run-${args[0]}.js`);
    fs.writeFileSync(
      script,
      `require(${JSON.stringify(alone)}).run(['node', 'duerp', ...${JSON.stringify(args)}]).then((c) => {
        process.exitCode = c;
        const loaded = ['child_process', 'crypto'].filter((m) => process.moduleLoadList.includes('NativeModule ' + m));
        if (Object.keys(require.cache).some((k) => k.includes('fflate'))) loaded.push('fflate');
        process.stderr.write(JSON.stringify(loaded));
      });`,
    );
    return spawnSync(process.execPath, [script], { cwd: os.tmpdir(), encoding: 'utf8' });
  };

  it('runs by itself, and loads neither fflate, child_process nor crypto for a command that needs none', () => {
    const r = runAlone(['catalogue', 'families', '--json']);
    expect({ status: r.status, loaded: r.stderr }).toEqual({ status: 0, loaded: '[]' });
    expect(JSON.parse(r.stdout)).toHaveLength(26);
  });

  it('reads and writes workbooks with Node\'s zlib: fflate is never loaded (crypto only by ExcelJS, for `new`)', () => {
    const census = path.join(base, 'neuf.xlsx');
    expect(runAlone(['new', 'recensement', '-o', census]).status).toBe(0);
    const repaired = runAlone(['recompute', census, '-o', path.join(base, 'recalcule.xlsx')]);
    expect({ status: repaired.status, loaded: repaired.stderr }).toEqual({ status: 0, loaded: '[]' });
    const inspected = runAlone(['inspect', path.join(base, 'recalcule.xlsx'), '--json']);
    expect(JSON.parse(inspected.stdout).kind).toBe('recensement');
  });
});
