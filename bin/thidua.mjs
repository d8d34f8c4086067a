#!/usr/bin/env node
// The `thidua` command: runs the built bundle (npm run build:cli, also run on install).
// Developers can run the TypeScript sources directly with `npx tsx src/cli/bin.ts`.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const bundle = new URL('../dist-cli/thidua.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('thidua: chưa được dựng / not built: npm run build:cli\n');
  process.exit(2);
}
await import(bundle.href);
