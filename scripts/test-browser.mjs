#!/usr/bin/env node
// Browser tests in one command: builds the development bundle (with the workbench)
// into artifacts/workbench-build/, serves it on 127.0.0.1 at a free port, runs
// test/browser/*.test.ts with node's test runner against Debian's Chromium, and stops.
//   node scripts/test-browser.mjs [--no-build] [test files…]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const OUT = path.join(root, 'artifacts', 'workbench-build');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function build() {
  const webpack = require('webpack');
  const config = await require(path.join(root, 'webpack.config.js'))({}, { mode: 'development' });
  config.output = { ...config.output, path: OUT };
  // Source maps are for people: the tests do not need them.
  config.devtool = false;
  config.infrastructureLogging = { level: 'warn' };
  return new Promise((resolve, reject) => {
    const started = Date.now();
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      console.log(`browser tests: built ${path.relative(root, OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve();
    });
  });
}

function runTests(url, files) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WORKBENCH_URL: url, CHROMIUM_PATH: CHROMIUM },
    });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`browser tests: no Chromium at ${CHROMIUM}; run \`node scripts/setup.mjs --test\` or set CHROMIUM_PATH.`);
    return 1;
  }
  const args = process.argv.slice(2);
  const named = args.filter((a) => !a.startsWith('--'));
  const files = named.length
    ? named
    : readdirSync(path.join(root, 'test', 'browser'))
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => path.join('test', 'browser', f));
  if (!args.includes('--no-build') || !existsSync(path.join(OUT, 'workbench.html'))) await build();
  const server = await serveFolder(OUT);
  try {
    console.log(`browser tests: serving ${server.url}workbench.html`);
    return await runTests(server.url, files);
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
