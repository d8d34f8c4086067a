// `thidua check` over 100 copies of the seed workbook, in one child process like a user runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(__dirname, '..');

export interface CliResults {
  files: number;
  seconds: number;
  filesPerSecond: number;
  peakRssMb: number;
}

export function benchCli(tmp: string, files = 100): CliResults {
  const dir = path.join(tmp, 'inbox');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++)
    copyFileSync(path.join(root, 'test/fixtures/seed-2024.xlsx'), path.join(dir, `cd-${String(i).padStart(3, '0')}.xlsx`));
  const t0 = performance.now();
  // The child prints its own peak resident memory after the check, on stderr's last line.
  const probe = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));`;
  const res = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, path.join(root, 'bin/thidua.mjs'), 'check', dir, '--json'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const rssKb = Number(/maxrss (\d+)/.exec(res.stderr)?.[1] ?? NaN);
  if (res.status !== 0 && res.status !== 1) throw new Error(`thidua check failed: ${res.stderr}`);
  return {
    files,
    seconds: Math.round(seconds * 100) / 100,
    filesPerSecond: Math.round((files / seconds) * 10) / 10,
    peakRssMb: Math.round(rssKb / 1024),
  };
}
