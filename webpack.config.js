// Builds the add-in in the manner of Microsoft's React task-pane template:
//   webpack --mode production      -> dist/ (manifest URLs rewritten to ADDIN_URL)
//   webpack serve --mode development -> https://localhost:3000/ (office-addin-dev-certs)
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * One HTML page per entry. Pages marked devOnly (e.g. a workbench over the
 * in-memory Excel host) are served by the dev server and left out of dist/.
 */
const pages = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html' },
  { name: 'workbench', entry: './src/workbench/index.tsx', template: './src/workbench/workbench.html', devOnly: true },
];

/** Production URL for the manifest, from ADDIN_URL (https, with a trailing slash). */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) {
    console.warn(`ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}`);
    return DEV_URL;
  }
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must start with https:// (got ${url})`);
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Content-Security-Policy of every page: scripts only from this origin and Office's
 * CDN (Office.js pulls MicrosoftAjax from ajax.aspnetcdn.com on some hosts), no
 * inline scripts or eval; Fluent UI injects its styles, hence 'unsafe-inline' for styles.
 * The dev server adds its live-reload socket.
 */
function contentSecurityPolicy(dev, port) {
  const scripts = ["'self'", OFFICE_JS_HOST, 'https://ajax.aspnetcdn.com'];
  const connect = ["'self'", OFFICE_JS_HOST];
  if (dev) connect.push(`wss://localhost:${port}`, `ws://localhost:${port}`);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** HTTPS options from the certificates `npx office-addin-dev-certs install` writes; null when absent. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/** Whether nothing listens on `port` yet. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** PORT, or the next free port after it, said in one line (a second `npm start`, another app on 3000). */
async function freePort() {
  for (let port = PORT; port < PORT + 50; port++) {
    if (await isFree(port)) {
      if (port !== PORT)
        console.warn(`Port ${PORT} is in use: serving on ${port} (the workbench works there; Excel's manifest expects ${PORT}).`);
      return port;
    }
  }
  throw new Error(
    `Ports ${PORT}–${PORT + 49} are all in use: stop another dev server, or set npm_package_config_dev_server_port.`,
  );
}

function devServer(port) {
  const https = devCertificates();
  if (!https)
    console.warn('No certificates in ~/.office-addin-dev-certs (run `npx office-addin-dev-certs install`): serving over HTTP.');
  return {
    port,
    hot: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: https ? { type: 'https', options: https } : { type: 'http' },
    client: { overlay: { warnings: false } },
    // `/` opens the workbench (the task pane over an in-memory Excel), and its address is printed.
    setupMiddlewares(middlewares, server) {
      server.app.get('/', (_req, res) => res.redirect('/workbench.html'));
      return middlewares;
    },
    onListening(server) {
      const scheme = https ? 'https' : 'http';
      console.log(`\n  Workbench: ${scheme}://localhost:${server.server.address().port}/workbench.html\n`);
    },
  };
}

/**
 * TypeScript through ts-loader, emitting ES modules: with commonjs, tree-shaking of Fluent UI
 * is lost. `onlyCompileBundledFiles` reports type errors of bundled files only (tests and
 * scripts have their own check). The benchmark builds its pages with the same rule.
 */
function typescriptRule(options = {}) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: 'ts-loader',
    options: { ...options, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false } },
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const built = pages.filter((p) => dev || !p.devOnly);
  const addinUrl = dev ? DEV_URL : productionUrl();
  const port = env.WEBPACK_SERVE ? await freePort() : PORT;
  const csp = contentSecurityPolicy(dev, port);

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: Object.fromEntries(built.map((p) => [p.name, p.entry])),
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [typescriptRule({ onlyCompileBundledFiles: true })] },
    plugins: [
      ...built.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            csp,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/support/support.html', to: 'support.html' },
          // The workbench opens the seed workbook (development only).
          ...(dev ? [{ from: 'test/fixtures/seed-2024.xlsx', to: 'seed-2024.xlsx' }] : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, addinUrl)),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    ...(env.WEBPACK_SERVE ? { devServer: devServer(port) } : {}),
  };
};

module.exports.typescriptRule = typescriptRule;
