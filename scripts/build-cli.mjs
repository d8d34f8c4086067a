#!/usr/bin/env node
// Bundles the command line (src/cli/bin.ts and what it imports) into dist-cli/thidua.mjs
// with esbuild: one JavaScript file that starts without compiling TypeScript. Run by
// `npm run build`, `npm run build:cli` and on install (`prepare`). ExcelJS must stay out:
// the command line reads and writes packages itself.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without devDependencies: bin/thidua.mjs says how to build.
  console.warn('thidua: esbuild is not installed; the command line is not built (npm run build:cli).');
  process.exit(0);
}

const outfile = path.join(root, 'dist-cli', 'thidua.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
const result = await esbuild.build({
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (saxes) may call require(): give the ES module one.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
});
const forbidden = Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(exceljs|react|@fluentui)\//.test(p));
if (forbidden.length) {
  console.error(`thidua: the command line bundle must not hold ${forbidden[0]}`);
  process.exit(1);
}
