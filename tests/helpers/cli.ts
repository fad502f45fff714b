/** Runs the command line in-process, capturing what it prints. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function duerp(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'duerp', ...args], {
    out: (t) => (stdout += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (stderr += t.endsWith('\n') ? t : t + '\n'),
  });
  return { code, stdout, stderr };
}

/**
 * The bin and the CLI compiled and bundled as `npm run build:cli` does, but into a private folder `base`
 * (other work in the tree may be building `build/` at the same time); `bin/duerp.js` is the
 * package's own file. Returns the path of the bin to run with node.
 */
export function buildCliInto(base: string): string {
  const root = path.resolve(__dirname, '../..');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json'), '--outDir', path.join(base, 'build')], { cwd: root, encoding: 'utf8' });
  if (!fs.existsSync(path.join(base, 'build/cli/main.js'))) throw new Error(`CLI not compiled:\n${r.stdout}${r.stderr}`);
  // …and bundled into build/duerp.js, the file bin/duerp.js runs.
  const w = spawnSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--config', path.join(root, 'webpack.cli.js'), '--env', `build=${path.join(base, 'build')}`], { cwd: root, encoding: 'utf8' });
  if (!fs.existsSync(path.join(base, 'build/duerp.js'))) throw new Error(`CLI not bundled:\n${w.stdout}${w.stderr}`);
  const bin = path.join(base, 'bin', 'duerp.js');
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  fs.copyFileSync(path.join(root, 'bin/duerp.js'), bin);
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(base, 'node_modules'));
  return bin;
}

/** The prefix that runs a command as an ordinary user (root reads and writes files whatever their mode); null when there is none. */
export function asOrdinaryUser(): string[] | null {
  if (process.getuid && process.getuid() !== 0) return [];
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (has('setpriv')) return ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  if (has('runuser')) return ['runuser', '-u', 'nobody', '--'];
  return null;
}
