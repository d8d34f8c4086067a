#!/usr/bin/env node
// Makes a fresh machine ready: npm packages from the lock file when they are missing or
// stale, and (with --test) the Debian packages the tests use. Node built-ins only,
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

// What `npm test` needs beyond npm: Chromium for the browser tests, LibreOffice and
// poppler for the printed proof of the monthly plan (the test says so and skips when
// they cannot be had, e.g. on a machine where this is not root).
const DEBIAN = [
  { binary: CHROMIUM, pkg: 'chromium', why: 'the browser tests' },
  { binary: '/usr/bin/soffice', pkg: 'libreoffice-calc-nogui', why: 'the printed plan test' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'the printed plan test' },
];

if (process.argv.includes('--test')) {
  const missing = DEBIAN.filter((d) => !existsSync(d.binary));
  if (missing.length > 0) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const names = missing.map((d) => d.pkg).join(' ');
    if (!root || !existsSync('/usr/bin/apt-get')) {
      const chromium = missing.find((d) => d.pkg === 'chromium');
      for (const d of missing) console.error(`thidua: ${d.why} need Debian's "${d.pkg}" package (${d.binary}).`);
      if (chromium) process.exit(1);
    } else {
      console.log(`thidua: installing Debian's ${names} for the tests …`);
      run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
    }
  }
}
