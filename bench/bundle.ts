// The production task pane: gzipped size of the JavaScript taskpane.html loads, what
// must not be in it, and its time to first render in headless Chromium next to a bare
// React page. Office.js is replaced by a stub (bench/pages/office-stub.ts) so the pane
// renders offline over an empty in-memory workbook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { median } from './engine';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { typescriptRule } = require('../webpack.config.js') as { typescriptRule: (options?: object) => webpack.RuleSetRule };

const root = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OFFICE_JS = 'https://appsforoffice.microsoft.com/';
const RENDER_RUNS = 5;
export const GZIP_GOAL_BYTES = 250 * 1024;

/** Code that must stay out of the pane, each recognised by a string only it contains. */
const FORBIDDEN = {
  exceljs: 'xl/sharedStrings.xml',
  'in-memory Excel host (workbench)': 'Injected failure',
  'untree-shaken Fluent icons': 'AirplaneTakeOffRegular',
};

export interface BundleResults {
  taskpaneJsGzipBytes: number;
  taskpaneJsBytes: number;
  scripts: string[];
  meetsSizeGoal: boolean;
  /** Names from FORBIDDEN found in the bundle (empty when clean). */
  forbiddenFound: string[];
  builtAt: string;
  paneFirstRenderMs: number;
  bareReactFirstRenderMs: number;
  bareReactJsGzipBytes: number;
  firstRenderRatio: number;
}

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** dist/ when it is newer than everything it is built from; else a fresh production build in tmp. */
function productionBuild(tmp: string, log: (s: string) => void): string {
  const dist = path.join(root, 'dist');
  const html = path.join(dist, 'taskpane.html');
  const sources = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'tsconfig.json']
    .map((f) => path.join(root, f))
    .filter(existsSync);
  if (existsSync(html) && statSync(html).mtimeMs > Math.max(...sources.map(newestMtime))) {
    log('bundle: reusing dist/ (newer than its sources)');
    return dist;
  }
  const out = path.join(tmp, 'dist');
  log('bundle: webpack --mode production …');
  const res = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
    { cwd: root, encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`production build failed:\n${res.stdout}\n${res.stderr}`);
  return out;
}

/** Local scripts of an HTML page, in order (the production page is minified: attributes may be unquoted). */
function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The bare React page and the Office.js stub, built in production mode like the pane. */
function buildBenchPages(out: string): Promise<void> {
  const config: webpack.Configuration = {
    mode: 'production',
    context: root,
    entry: { bare: './bench/pages/bare-react.tsx', 'office-stub': './bench/pages/office-stub.ts' },
    output: { path: out, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [typescriptRule({ transpileOnly: true })] },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else {
        writeFileSync(
          path.join(out, 'bare.html'),
          '<!doctype html>\n<html lang="vi"><head><meta charset="UTF-8" /><title>bare</title><script defer src="bare.js"></script></head><body style="margin: 0"><div id="container"></div></body></html>\n',
        );
        resolve();
      }
    }),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

/** A static server on 127.0.0.1: /pane/ from the build, /bare/ from the bench pages. */
function serve(dirs: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const [, prefix, ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).split('/');
    const dir = dirs[prefix];
    const file = dir && path.join(dir, ...rest);
    if (!file || !file.startsWith(dir + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** Records performance.now() (ms since navigation start) when #container first gets an element. */
const FIRST_CONTENT_PROBE = `
new MutationObserver((_, observer) => {
  if (document.getElementById('container')?.firstElementChild) {
    window.__firstContent = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

/** One cold load (new browser context, empty cache): ms until the page's first content. */
async function firstRenderMs(browser: Browser, url: string, officeStub: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(FIRST_CONTENT_PROBE);
    const origin = new URL(url).origin;
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(OFFICE_JS)) return route.fulfill({ contentType: 'text/javascript', body: officeStub });
      if (u.startsWith(origin)) return route.continue();
      return route.abort();
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as { __firstContent?: number }).__firstContent !== undefined, null, {
      timeout: 30_000,
    });
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return await page.evaluate(() => (window as unknown as { __firstContent: number }).__firstContent);
  } finally {
    await context.close();
  }
}

export async function benchBundle(tmp: string, log: (s: string) => void): Promise<BundleResults> {
  const dist = productionBuild(tmp, log);
  const scripts = pageScripts(path.join(dist, 'taskpane.html'));
  if (!scripts.length) throw new Error('taskpane.html loads no local script');
  const files = scripts.map((s) => path.join(dist, s));
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const taskpaneJsGzipBytes = files.reduce((n, f) => n + gzipBytes(f), 0);
  const forbiddenFound = Object.entries(FORBIDDEN)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);
  log(
    `bundle: ${scripts.join(', ')}: ${(taskpaneJsGzipBytes / 1024).toFixed(1)} KB gzipped${forbiddenFound.length ? `, CONTAINS ${forbiddenFound.join(', ')}` : ''}`,
  );

  const pages = path.join(tmp, 'bench-pages');
  mkdirSync(pages, { recursive: true });
  await buildBenchPages(pages);
  const officeStub = readFileSync(path.join(pages, 'office-stub.js'), 'utf8');
  const server = await serve({ pane: dist, bare: pages });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const pane: number[] = [];
  const bare: number[] = [];
  try {
    const paneUrl = `${server.origin}/pane/taskpane.html`;
    const bareUrl = `${server.origin}/bare/bare.html`;
    // One unmeasured load of each warms the disk cache and Chromium's processes.
    await firstRenderMs(browser, paneUrl, officeStub);
    await firstRenderMs(browser, bareUrl, officeStub);
    for (let i = 0; i < RENDER_RUNS; i++) {
      pane.push(await firstRenderMs(browser, paneUrl, officeStub));
      bare.push(await firstRenderMs(browser, bareUrl, officeStub));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const paneFirstRenderMs = Math.round(median(pane));
  const bareReactFirstRenderMs = Math.round(median(bare));
  log(`bundle: first render ${paneFirstRenderMs} ms (pane) vs ${bareReactFirstRenderMs} ms (bare React)`);
  return {
    taskpaneJsGzipBytes,
    taskpaneJsBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    scripts,
    meetsSizeGoal: taskpaneJsGzipBytes <= GZIP_GOAL_BYTES,
    forbiddenFound,
    builtAt: new Date(statSync(path.join(dist, 'taskpane.html')).mtimeMs).toISOString(),
    paneFirstRenderMs,
    bareReactFirstRenderMs,
    bareReactJsGzipBytes: gzipBytes(path.join(pages, 'bare.js')),
    firstRenderRatio: Math.round((paneFirstRenderMs / bareReactFirstRenderMs) * 100) / 100,
  };
}
