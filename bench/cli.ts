// `thidua check --json` as a user runs it (one child process per file) on criteria
// workbooks of 1,000 to 300,000 rows with merged group cells, beside the floor (inflating
// the sheet XML and counting its cells, all any reader must do) and its peak memory; and
// the command line's startup against `node -e 0`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { escapeText } from '../src/cli/xlsx/sheet-xml';
import { formatCell } from '../src/engine/address';
import type { SheetSnapshot } from '../src/engine/types';
import { packageParts, zipParts } from '../test/support/package-builder';
import { criteriaSheet } from './synthetic';

const root = path.resolve(__dirname, '..');
const BIN = path.join(root, 'bin/thidua.mjs');
export const CLI_SIZES = [1_000, 10_000, 100_000, 300_000];

export interface CliResults {
  rows: Record<number, { fileMb: number; checkMs: number; floorMs: number; ratio: number; peakRssMb: number }>;
  /** check time at 300k rows over 100k rows. */
  growth: number;
  startupMs: number;
  nodeMs: number;
  startupRatio: number;
  /** What startup ran: `thidua --version` where it exists, else `thidua help`. */
  startupCommand: string;
}

/** A snapshot saved the way Excel saves it: strings shared, merges listed after the cells. */
function saveAsXlsx(snap: SheetSnapshot, file: string): void {
  const strings = new Map<string, number>();
  const rows = snap.values.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = formatCell(r + 1, c + 1);
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v !== 'string') return '';
      if (!strings.has(v)) strings.set(v, strings.size);
      return `<c r="${ref}" t="s"><v>${strings.get(v)}</v></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const merges = (snap.merges ?? []).map((m) => `<mergeCell ref="${m}"/>`).join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${rows.join('')}</sheetData><mergeCells count="${snap.merges?.length ?? 0}">${merges}</mergeCells></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">${[...strings.keys()].map((s) => `<si><t>${escapeText(s)}</t></si>`).join('')}</sst>`;
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  writeFileSync(file, zipParts(packageParts(sheet, { 'xl/sharedStrings.xml': sst, 'xl/_rels/workbook.xml.rels': rels })));
}

/** The floor: the sheet entry inflated and its cells counted, nothing more. */
function floorMs(file: string): number {
  const t0 = performance.now();
  const sheet = unzipSync(readFileSync(file), { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' })[
    'xl/worksheets/sheet1.xml'
  ];
  let cells = 0;
  for (let i = 0; i + 2 < sheet.length; i++) if (sheet[i] === 0x3c && sheet[i + 1] === 0x63 && sheet[i + 2] === 0x20) cells++;
  if (cells === 0) throw new Error('no cells');
  return performance.now() - t0;
}

/** Runs the command in a child process; its peak resident memory comes back on stderr's last line. */
function timed(args: string[]): { ms: number; rssMb: number; status: number | null; stderr: string } {
  const probe = `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));`;
  const t0 = performance.now();
  const res = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  return { ms, rssMb: Number(/maxrss (\d+)/.exec(res.stderr)?.[1] ?? NaN) / 1024, status: res.status, stderr: res.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

export function benchCli(tmp: string, log: (s: string) => void): CliResults {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const rows: CliResults['rows'] = {};
  for (const n of CLI_SIZES) {
    const file = path.join(tmp, `criteria-${n}.xlsx`);
    saveAsXlsx(criteriaSheet(n), file);
    const runs = n >= 100_000 ? 3 : 5;
    const checks = Array.from({ length: runs }, () => timed([BIN, 'check', file, '--json']));
    const failed = checks.find((c) => c.status !== 0 && c.status !== 1);
    if (failed) throw new Error(`thidua check failed on ${n} rows: ${failed.stderr}`);
    const floor = median(Array.from({ length: runs }, () => floorMs(file)));
    const check = median(checks.map((c) => c.ms));
    rows[n] = {
      fileMb: round(readFileSync(file).length / 2 ** 20, 1),
      checkMs: round(check),
      floorMs: round(floor),
      ratio: round(check / floor, 1),
      peakRssMb: round(Math.max(...checks.map((c) => c.rssMb))),
    };
    log(`cli ${n}: check ${rows[n].checkMs} ms, floor ${rows[n].floorMs} ms, peak ${rows[n].peakRssMb} MB`);
  }
  const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  const startupArgs = version.status === 0 ? ['--version'] : ['help'];
  const startupMs = median(Array.from({ length: 7 }, () => timed([BIN, ...startupArgs]).ms));
  const nodeMs = median(Array.from({ length: 7 }, () => timed(['-e', '0']).ms));
  return {
    rows,
    growth: round(rows[300_000].checkMs / rows[100_000].checkMs, 2),
    startupMs: round(startupMs),
    nodeMs: round(nodeMs),
    startupRatio: round(startupMs / nodeMs, 2),
    startupCommand: `thidua ${startupArgs[0]}`,
  };
}
