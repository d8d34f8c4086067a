#!/usr/bin/env node
// Makes a fresh machine ready: npm packages from the lock file when they are missing or
// stale, and (with --browser) Debian's Chromium for the browser tests. Node built-ins only,
// since it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

const installed = path.join(root, 'node_modules', '.package-lock.json');
if (mtime(installed) < mtime(path.join(root, 'package-lock.json'))) {
  console.log('thidua: installing npm packages from package-lock.json …');
  run('npm ci --no-audit --no-fund');
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (process.argv.includes('--browser') && !existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `thidua: browser tests need Chromium at ${CHROMIUM}: install Debian's "chromium" package (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.log("thidua: installing Debian's chromium for the browser tests …");
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
