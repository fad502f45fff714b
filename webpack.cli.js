/**
 * The command line as one file, build/duerp.js, from what `tsc -p tsconfig.cli.json` wrote in
 * build/cli. Node resolves and reads each of the ~90 compiled modules one by one at every start
 * (about 60 ms here, a fifth of a 5,000-row recompute); one file loads in under half that. The
 * commands' lazy `require`s stay lazy (a command's code runs only when it is called). ExcelJS
 * (only `duerp new` uses it) stays in node_modules, and so does fflate (see `lazy`).
 * bin/duerp.js runs this file when it is not older than build/cli/main.js.
 * `--env build=DIR` bundles DIR/cli/main.js into DIR/duerp.js (the process tests' private build).
 */
const path = require('path');

/**
 * A package or built-in module loaded when first used rather than at start: the command line
 * compresses with Node's zlib (fflate serves the browser pages; zip.ts falls back on it only
 * without a native codec), commander needs child_process only for executable subcommands (we have
 * none), and crypto only archives. Requiring them at every start took about 10 ms (`duerp catalogue
 * families`: 80 ms → 70 ms). Only named
 * members are used from them, which is what the proxy gives; tests/cli/bin-entry.test.ts checks
 * that commands load none of them, tests/cli/archive-process.test.ts that archives still hash.
 */
const lazy = (name) => `var new Proxy({}, { get: (_, key) => require(${JSON.stringify(name)})[key] })`;

module.exports = (env = {}) => ({
  mode: 'production',
  target: 'node18',
  entry: path.join(env.build ?? path.join(__dirname, 'build'), 'cli', 'main.js'),
  output: { path: env.build ?? path.join(__dirname, 'build'), filename: 'duerp.js', library: { type: 'commonjs2' }, compareBeforeEmit: false },
  externals: { exceljs: 'commonjs exceljs', fflate: lazy('fflate'), 'node:child_process': lazy('node:child_process'), crypto: lazy('crypto') },
  // The packages bundled (commander) come from the project's node_modules, wherever DIR is.
  resolve: { modules: ['node_modules', path.join(__dirname, 'node_modules')] },
  // Readable stack traces (DUERP_DEBUG=1), and process.env read at run time, as the compiled files do.
  optimization: { minimize: false, nodeEnv: false },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
});
