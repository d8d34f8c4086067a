#!/usr/bin/env node
// The `thidua` command: runs the TypeScript sources directly (no build step needed).
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
