/**
 * Builds the pane: dist/taskpane.html (opened by manifest.xml in Excel) and dist/standalone.html
 * (the same pane on an .xlsx file, in any browser). Relative paths, so dist works from any static
 * host or from disk.
 *
 * - TypeScript is handed to webpack as ES modules (tsconfig.json stays CommonJS for Jest and the
 *   command line): only ES modules tree-shake, so only the Fluent components and icons we use ship.
 * - The taskpane loads Office.js from Microsoft's CDN, as Microsoft requires for add-ins; the local
 *   copy of @microsoft/office-js serves the tests only (`--env office=local`).
 * - `--env base=https://host/path/` writes dist/manifest.xml with every URL under that base.
 * - Both pages carry a Content-Security-Policy: their own scripts, and Office.js's CDN for the pane.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEFAULT_BASE = 'https://localhost:3000/';

function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return null;
  return { type: 'https', options: { cert: fs.readFileSync(files[0]), key: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) } };
}

/** The manifest with every URL moved under `base` (which must end with a slash). */
function manifestFor(base) {
  const normalised = base.endsWith('/') ? base : `${base}/`;
  if (!/^https:\/\/[^/]+\//.test(normalised)) throw new Error(`--env base doit être une adresse https (reçu : ${base}).`);
  const origin = normalised.replace(/^(https:\/\/[^/]+)\/.*$/, '$1');
  return fs
    .readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8')
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/https:\/\/localhost:3000\//g, normalised);
}

function csp(scriptSources) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}`.trim(),
    // Fluent v9 (Griffel) inserts its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Office.js talks to its host through frames and messages; nothing else is fetched.
    `connect-src 'self'${scriptSources.length ? ' https://appsforoffice.microsoft.com' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function page(title, head) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<title>${title}</title><style>html,body{margin:0;overflow-x:hidden}</style></head><body><div id="root"><p id="chargement" style="font-family:Segoe UI,sans-serif;padding:12px">Chargement de l’assistant…</p></div><noscript><p style="font-family:Segoe UI,sans-serif;padding:12px">L’assistant a besoin de JavaScript : activez-le, ou utilisez une version récente d’Excel.</p></noscript></body></html>`;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const https = devHttps();
  const localOffice = env.office === 'local';
  const officeSrc = localOffice ? 'office/office.js' : OFFICE_CDN;
  const base = env.base || DEFAULT_BASE;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx', standalone: './src/standalone/index.tsx' },
    output: {
      path: path.resolve(__dirname, env.out ? env.out : 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          exclude: /node_modules/,
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'async' } },
    // No `new Function('return this')` shim: the CSP forbids it and globalThis is everywhere we run.
    node: { global: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: page(
          'Assistant DUERP',
          `<meta http-equiv="Content-Security-Policy" content="${csp(localOffice ? [] : ['https://appsforoffice.microsoft.com'])}"><script src="assets/compat.js"></script><script src="${officeSrc}"></script>`,
        ),
      }),
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        chunks: ['standalone'],
        templateContent: page('Assistant DUERP — classeur .xlsx', `<meta http-equiv="Content-Security-Policy" content="${csp([])}"><script src="assets/compat.js"></script>`),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: () => manifestFor(base) },
          // Tests only: Office.js and what it loads for Excel, in French and English.
          ...(localOffice
            ? [
                {
                  from: 'node_modules/@microsoft/office-js/dist',
                  to: 'office',
                  globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] },
                  filter: (file) => /[\\/]dist[\\/](office\.js|o15apptofilemappingtable\.js|excel-[^\\/]*\.js|telemetry[\\/].*|(fr-fr|en-us)[\\/][^\\/]*\.js)$/i.test(file),
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: https ?? 'http',
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
    },
  };
};

module.exports.manifestFor = manifestFor;
