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
      testMatch: ['**/*.test.ts'],
      // `*-cli.test.ts` spawn the compiled command line, which never sees a mutant.
      testPathIgnorePatterns: ['/node_modules/', '-cli\\.test\\.ts$'],
      testTimeout: 60000,
    },
  },
};
