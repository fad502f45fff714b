/**
 * `duerp recompute` against LibreOffice headless on the same census: LibreOffice opens the file,
 * recalculates every formula (a throwaway profile sets OOXMLRecalcMode to 0, "always") and exports
 * the census sheet as CSV. Both run as separate processes under /usr/bin/time -v, which gives the
 * wall-clock time and the peak resident set. The profile is warmed on a small file first, so that
 * LibreOffice's first-start set-up is not counted against it.
 *
 * The census is generated (tests/fixtures/generate.ts) and repaired by duerp first, untimed: both
 * then work on the same repaired file, whose census sheet is exported by LibreOffice.
 *
 * Budgets: duerp at least 3× faster at 5,000 rows, 2× at 50,000 rows, at most 300 MB at 50,000.
 * Each is run three times, alternated, and the fastest run of each is kept (the machine may be
 * busy); the peak memory is the highest of the runs.
 * Run: npm run bench, or node -r ./bench/register.js bench/cli-vs-libreoffice.ts [ROWS…]
 * (the command line must be built: npm run build:cli).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CENSUS_TABLE } from '../src/domain/templates';
import { buildWorkbook } from '../src/xlsx/build-workbook';
import { readSnapshot } from '../src/xlsx/read-snapshot';
import { largeCensus } from '../tests/fixtures/generate';
import { profile as recalcProfile, sofficePath } from '../tests/helpers/libreoffice';

export interface Measure {
  /** Wall-clock time. */
  seconds: number;
  /** User + system CPU time (the processes and their children). */
  cpuSeconds: number;
  peakMb: number;
  status: number | null;
}

/** Runs a command under /usr/bin/time -v: wall-clock seconds and peak RSS (MB). */
export function measure(command: string, args: string[]): Measure {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`/usr/bin/time n'a pas donné de mesure pour ${command} :\n${r.stderr.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const cpu = ['User', 'System'].reduce((n, k) => n + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? 0), 0);
  return { seconds, cpuSeconds: cpu, peakMb: Math.round(Number(rss[1]) / 1024), status: r.status };
}

/** The best of several measures (the machine may be shared): least wall time, highest peak memory. */
function best(runs: Measure[]): Measure {
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, peakMb: Math.max(...runs.map((r) => r.peakMb)), status: runs.find((r) => r.status !== 0)?.status ?? fastest.status };
}

export interface Comparison {
  rows: number;
  fileKb: number;
  duerp: Measure;
  libreoffice: Measure | null;
  ratio: number | null;
}

export async function compareWithLibreOffice(rows: number, repeat = 3): Promise<Comparison> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-vs-lo-'));
  const cleanUp = [dir];
  try {
    // The census as distributed (#REF! fields), repaired first as a person would (not timed).
    const broken = path.join(dir, 'recensement-casse.xlsx');
    fs.writeFileSync(broken, await buildWorkbook(largeCensus(rows)));
    const input = path.join(dir, 'recensement.xlsx');
    const cli = path.join(__dirname, '..', 'bin', 'duerp.js');
    const repaired = spawnSync(process.execPath, [cli, 'repair', broken, '-o', input], { encoding: 'utf8' });
    if (repaired.status !== 0) throw new Error(`duerp repair a échoué : ${repaired.stderr}`);
    const runDuerp = () => measure(process.execPath, [cli, 'recompute', input, '-o', path.join(dir, 'recalcule.xlsx'), '--json', '--force']);
    const soffice = sofficePath();
    let runLibreOffice: (() => Measure) | null = null;
    if (soffice) {
      const profile = recalcProfile();
      cleanUp.push(profile);
      // The census grid is the sheet LibreOffice exports (1-based, hidden sheets counted).
      const grid = readSnapshot(new Uint8Array(fs.readFileSync(input))).sheets.findIndex((s) => s.name === CENSUS_TABLE.sheet) + 1;
      const lo = (file: string, out: string) => [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${grid}`, '--outdir', out, file];
      const warm = path.join(dir, 'petit.xlsx');
      fs.writeFileSync(warm, await buildWorkbook(largeCensus(10)));
      measure(soffice, lo(warm, path.join(dir, 'lo-warm')));
      runLibreOffice = () => {
        const out = path.join(dir, 'lo-out');
        fs.rmSync(out, { recursive: true, force: true });
        const m = measure(soffice, lo(input, out));
        if (!fs.existsSync(out) || !fs.readdirSync(out).some((f) => f.endsWith('.csv'))) throw new Error(`LibreOffice n'a pas exporté le recensement (sortie ${m.status})`);
        return m;
      };
    }
    // Alternated, so that a busy moment of the machine weighs on both.
    const duerpRuns: Measure[] = [];
    const loRuns: Measure[] = [];
    for (let i = 0; i < repeat; i++) {
      duerpRuns.push(runDuerp());
      if (runLibreOffice) loRuns.push(runLibreOffice());
    }
    const duerp = best(duerpRuns);
    const libreoffice = loRuns.length ? best(loRuns) : null;
    return { rows, fileKb: Math.round(fs.statSync(input).size / 1024), duerp, libreoffice, ratio: libreoffice ? libreoffice.seconds / duerp.seconds : null };
  } finally {
    for (const d of cleanUp) fs.rmSync(d, { recursive: true, force: true });
  }
}

const fmt = (s: number) => `${s.toFixed(2).replace('.', ',')} s`;

export async function benchCliVsLibreOffice(sizes: number[] = [5000, 50_000]): Promise<void> {
  console.log('duerp recompute comparé à LibreOffice (ouvrir, recalculer, exporter en CSV)');
  for (const rows of sizes) {
    const c = await compareWithLibreOffice(rows);
    const budget = rows >= 50_000 ? 2 : 3;
    console.log(`  ${rows} lignes (${c.fileKb} Ko)`);
    console.log(`    duerp recompute      ${fmt(c.duerp.seconds).padStart(9)}   (processeur ${fmt(c.duerp.cpuSeconds)})   mémoire max ${c.duerp.peakMb} Mo (sortie ${c.duerp.status})`);
    if (c.libreoffice) {
      console.log(`    LibreOffice          ${fmt(c.libreoffice.seconds).padStart(9)}   (processeur ${fmt(c.libreoffice.cpuSeconds)})   mémoire max ${c.libreoffice.peakMb} Mo`);
      console.log(`    rapport              ${c.ratio!.toFixed(1).replace('.', ',')} × plus rapide (objectif ≥ ${budget} ×)${c.ratio! >= budget ? '' : '  ← EN DESSOUS'}`);
    } else console.log('    LibreOffice absent : pas de comparaison');
    if (rows >= 50_000) console.log(`    mémoire              objectif ≤ 300 Mo${c.duerp.peakMb <= 300 ? '' : '  ← AU-DESSUS'}`);
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  void benchCliVsLibreOffice(sizes.length ? sizes : undefined);
}
