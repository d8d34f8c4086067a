#!/usr/bin/env node
// The `thidua` command: runs the TypeScript sources directly (no build step needed).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
