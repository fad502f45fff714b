/**
 * Builds the pane: dist/taskpane.html (opened by manifest.xml in Excel) and dist/standalone.html
 * (the same pane on an .xlsx file, in any browser). Relative paths, so dist works from any static
 * host or from disk. Office.js is copied from @microsoft/office-js (Microsoft's CDN may be used in
 * production instead: https://appsforoffice.microsoft.com/lib/1/hosted/office.js).
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return null;
  return { type: 'https', options: { cert: fs.readFileSync(files[0]), key: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) } };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const https = devHttps();
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx', standalone: './src/standalone/index.tsx' },
    output: { path: path.resolve(__dirname, env && env.out ? env.out : 'dist'), filename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        title: 'Assistant DUERP',
        templateContent: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Assistant DUERP</title><script src="office/office.js"></script></head><body><div id="root"></div></body></html>',
      }),
      new HtmlWebpackPlugin({
        filename: 'standalone.html',
        chunks: ['standalone'],
        templateContent: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Assistant DUERP — classeur .xlsx</title></head><body><div id="root"></div></body></html>',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // Office.js and what it loads for Excel, in French and English (not every host and language: 86 MB).
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office',
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] },
            filter: (file) => /[\\/]dist[\\/](office\.js|o15apptofilemappingtable\.js|excel-[^\\/]*\.js|telemetry[\\/].*|(fr-fr|en-us)[\\/][^\\/]*\.js)$/i.test(file),
          },
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
