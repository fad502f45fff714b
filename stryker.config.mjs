import * as fs from 'fs';
import * as path from 'path';

// Mutation testing of the core (src/domain) with StrykerJS and its Jest runner.
// Not part of `npm test` nor CI: run `npm run mutation` (all of src/domain) or one scope:
//   npm run mutation -- --mutate 'src/domain/method/**/*.ts'
//   npm run mutation -- --mutate 'src/domain/check/**/*.ts'
//   npm run mutation -- --mutate 'src/domain/plans/**/*.ts'
// Each scope keeps its own incremental file and JSON report under reports/ (gitignored), so
// re-running a scope only tests the mutants whose code or tests changed.
// A full check run takes about an hour on two busy cores: add --ignoreStatic to skip the mutants
// of module-level tables (rule ids, titles), which re-run every test of the scope each.

/**
 * The scope named by `--mutate src/domain/<scope>/…` on the command line, or "domain"; `file` when
 * one file of a scope is mutated (`--mutate src/domain/plans/repair.ts`), so that a large scope can
 * be measured file by file, each file's result kept apart (scripts/mutation-score.js adds them up).
 */
function scopeFromArgv(argv) {
  const i = argv.findIndex((a) => a === '--mutate' || a === '-m' || a.startsWith('--mutate='));
  if (i < 0) return { scope: 'domain', file: null };
  const value = argv[i].startsWith('--mutate=') ? argv[i].slice('--mutate='.length) : argv[i + 1] ?? '';
  const m = /src\/domain\/([a-z-]+)(?:\/([a-z-]+)\.ts)?/.exec(value);
  return m ? { scope: m[1], file: m[2] ?? null } : { scope: 'custom', file: null };
}

const { scope, file } = scopeFromArgv(process.argv);
const reportName = file ? `${scope}-${file}` : scope;

// A scope is measured by its own tests (tests/domain/<scope>): the other folders' tests call the
// core while Jest collects them, which makes most mutants "static" and each one re-runs every
// test (hours instead of minutes). DUERP_MUTATION_TESTS=all runs all of tests/domain instead.
const testRoot =
  process.env.DUERP_MUTATION_TESTS === 'all' || scope === 'domain' || scope === 'custom'
    ? 'tests/domain'
    : `tests/domain/${scope}`;

/**
 * With one file mutated, only the test files that reach it through their imports (transitively,
 * static and dynamic `import`, read from the sources) are loaded for each mutant: the runner would
 * otherwise load every test file of the scope for each mutant, and filter the tests by name
 * (jest's own findRelatedTests, which would do this, is off: it loses tests in the sandbox).
 */
function testsReaching(target, root) {
  const importsOf = new Map();
  const resolve = (from, spec) => {
    if (!spec.startsWith('.')) return null;
    const base = path.resolve(path.dirname(from), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    return null;
  };
  const imports = (file) => {
    if (!importsOf.has(file)) {
      const text = fs.readFileSync(file, 'utf8');
      const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      importsOf.set(file, specs.map((spec) => resolve(file, spec)).filter(Boolean));
    }
    return importsOf.get(file);
  };
  const reaches = (file, seen = new Set()) => {
    if (file === target) return true;
    if (seen.has(file)) return false;
    seen.add(file);
    return imports(file).some((f) => reaches(f, seen));
  };
  const tests = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('-cli.test.ts') && reaches(full)) tests.push(full);
    }
  };
  walk(root);
  return tests;
}

const related = file ? testsReaching(path.resolve(`src/domain/${scope}/${file}.ts`), path.resolve(testRoot)) : null;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  mutate: ['src/domain/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${reportName}${testRoot === 'tests/domain' && scope !== 'domain' ? '-all' : ''}.json`,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Only the core's tests go into the sandbox and run: the hosts, the browser pages, LibreOffice
  // and the command line (real processes on the compiled build) are slow and do not see mutants.
  ignorePatterns: [
    'dist',
    'build',
    'docs',
    'bench',
    'coverage',
    'reports',
    'tests/.out',
    'tests/browser',
    'tests/interop',
    'tests/cli',
    'tests/excel/**/*.test.ts', // tests/excel/fake-excel.ts is used by a plans test
    'tests/xlsx',
    'tests/taskpane',
    'tests/production',
    'tests/manifest',
  ],
  jest: {
    projectType: 'custom',
    // Without this the runner only runs the tests "related" to a mutated file and skips most.
    enableFindRelatedTests: false,
    config: {
      testEnvironment: 'node',
      roots: [`<rootDir>/${testRoot}`],
      // Transpiled only (no type check): the instrumented sources do not type-check anyway.
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
      // Globs of paths relative to the project, so that they also match inside Stryker's sandbox
      // copy (testMatch, not testRegex: jest.config.js's testMatch would clash with a testRegex).
      testMatch: related ? related.map((t) => `**/${path.relative(process.cwd(), t).split(path.sep).join('/')}`) : ['**/*.test.ts'],
      // `*-cli.test.ts` spawn the compiled command line, which never sees a mutant.
      testPathIgnorePatterns: ['/node_modules/', '-cli\\.test\\.ts$'],
      testTimeout: 60000,
    },
  },
};
