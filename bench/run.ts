// npm run bench: engine, Office round trips, bundle and command line; writes
// bench/results.json (shape of issue 6) and prints a table. Not part of npm test.
//   tsx bench/run.ts [engine|syncs|bundle|cli …]   (default: all)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBundle, GZIP_GOAL_BYTES, type BundleResults } from './bundle';
import { benchCli, CLI_SIZES, type CliResults } from './cli';
import { benchEngine, SIZES, type EngineResults } from './engine';
import {
  benchSyncs,
  WHY,
  OPERATIONS,
  PAYLOAD_LIMIT_BYTES,
  PAYLOAD_SIZES,
  SYNC_SIZES,
  type Operation,
  type SyncResults,
} from './syncs';

const MODULES = ['engine', 'syncs', 'bundle', 'cli'] as const;
type Module = (typeof MODULES)[number];

interface Results {
  machine: string;
  environment: { cpus: number; memoryGb: number; os: string; node: string; date: string };
  engine?: EngineResults;
  syncs?: SyncResults['syncs'];
  maxRequestBytes?: SyncResults['maxRequestBytes'];
  payload?: SyncResults['payload'];
  syncDetail?: SyncResults['detail'];
  bundle?: BundleResults;
  cli?: CliResults;
  goals: Record<string, { goal: string; value: number | string; met: boolean }>;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/** Whether each goal of issue 6 is met by what was measured. */
function goals(r: Results): Results['goals'] {
  const g: Results['goals'] = {};
  if (r.engine) {
    g.criteriaLinear = { goal: 'criteria 100k/1k ≤ 110', value: r.engine.criteriaRatio, met: r.engine.criteriaRatio <= 110 };
    g.planLinear = { goal: 'plan 100k/1k ≤ 110', value: r.engine.planRatio, met: r.engine.planRatio <= 110 };
  }
  if (r.syncs && r.payload) {
    const [small, large] = SYNC_SIZES;
    const failed = SYNC_SIZES.flatMap((n) => OPERATIONS.filter((op) => r.syncDetail?.[n][op].error).map((op) => `${op} at ${n}`));
    g.syncOperationsSucceed = {
      goal: `every operation succeeds at ${SYNC_SIZES.join(' and ')} rows`,
      value: failed.join(', ') || 'all',
      met: failed.length === 0,
    };
    const flat = OPERATIONS.filter((op) => r.syncs![op][small] !== r.syncs![op][large]);
    g.syncsFlat = {
      goal: `same syncs at ${small} and ${large} rows`,
      value: flat.length ? `differs: ${flat.join(', ')}` : 'same',
      met: flat.length === 0,
    };
    const check = Math.max(r.syncs.check[small], r.syncs.check[large]);
    g.checkSyncs = { goal: 'check in 2 syncs', value: check, met: check <= 2 };
    const edit = Math.max(r.syncs.liveEdit[small], r.syncs.liveEdit[large]);
    g.liveEditSyncs = { goal: 'live edit in 1 sync', value: edit, met: edit <= 1 };
    const top = r.payload[PAYLOAD_SIZES[PAYLOAD_SIZES.length - 1]];
    g.payloadUnderLimit = {
      goal: `every sync ≤ 5 MB at ${PAYLOAD_SIZES[PAYLOAD_SIZES.length - 1]} rows`,
      value: top.bytes,
      met: top.underLimit,
    };
  }
  if (r.bundle) {
    g.bundleSize = {
      goal: 'task pane JS ≤ 250 KB gzipped',
      value: r.bundle.taskpaneJsGzipBytes,
      met: r.bundle.taskpaneJsGzipBytes <= GZIP_GOAL_BYTES,
    };
    g.bundleClean = {
      goal: 'no ExcelJS, workbench or unused icons in the pane',
      value: r.bundle.forbiddenFound.join(', ') || 'clean',
      met: r.bundle.forbiddenFound.length === 0,
    };
  }
  if (r.cli) {
    const c = r.cli;
    const worst = Math.max(c.rows[100_000].ratio, c.rows[300_000].ratio);
    g.cliNearFloor = { goal: 'check ≤ 8× floor at 100k and 300k rows', value: worst, met: worst <= 8 };
    g.cliLinear = { goal: 'check 300k/100k ≤ 3.6', value: c.growth, met: c.growth <= 3.6 };
    const rss = c.rows[300_000].peakRssMb;
    g.cliMemory = { goal: 'peak RSS at 300k rows ≤ 800 MB', value: rss, met: rss <= 800 };
    g.cliStartup = { goal: `${c.startupCommand} ≤ 4× node -e 0`, value: c.startupRatio, met: c.startupRatio <= 4 };
  }
  return g;
}

function print(r: Results): void {
  const out: string[] = [
    `Machine: ${r.machine}, ${r.environment.cpus} cores, ${r.environment.memoryGb} GB, ${r.environment.os}, Node ${r.environment.node}, ${r.environment.date}`,
  ];
  if (r.engine) {
    const e = r.engine;
    out.push(
      '',
      table([
        ['engine (median ms)', ...SIZES.map(String), '100k/1k', '100k/10k'],
        ['check criteria', ...SIZES.map((n) => String(e.criteriaMs[n])), String(e.criteriaRatio), String(e.criteriaRatio10k)],
        ['check plan', ...SIZES.map((n) => String(e.planMs[n])), String(e.planRatio), String(e.planRatio10k)],
        [
          'ExcelJS load (criteria)',
          ...SIZES.map((n) => String(e.exceljsLoadMs[n])),
          ...[1000, 10000].map((n) => (e.exceljsLoadMs[100000] / e.exceljsLoadMs[n]).toFixed(1)),
        ],
      ]),
    );
  }
  if (r.syncs && r.payload) {
    const cell = (op: Operation, n: number) => `${r.syncs![op][n]}${r.syncDetail?.[n][op].error ? ' (failed)' : ''}`;
    out.push(
      '',
      table([
        ['Office syncs', ...SYNC_SIZES.map((n) => `${n} rows`), 'why'],
        ...OPERATIONS.map((op) => [op, ...SYNC_SIZES.map((n) => cell(op, n)), WHY[op]]),
      ]),
    );
    out.push(
      '',
      table([
        ['largest sync payload', 'bytes', 'kind', 'operation', 'syncs (all ops)', `≤ ${mb(PAYLOAD_LIMIT_BYTES)}`],
        ...PAYLOAD_SIZES.map((n) => {
          const p = r.payload![n];
          const failed = p.failedOperations.length ? `NO: ${p.failedOperations.join(', ')} failed` : 'NO';
          return [
            `${n} rows`,
            `${p.bytes} (${mb(p.bytes)})`,
            p.kind,
            p.operation,
            String(p.totalSyncs),
            p.underLimit ? 'yes' : failed,
          ];
        }),
      ]),
    );
  }
  if (r.bundle) {
    const b = r.bundle;
    out.push(
      '',
      table([
        ['task pane bundle', ''],
        ['JS gzipped', kb(b.taskpaneJsGzipBytes)],
        ['JS raw', kb(b.taskpaneJsBytes)],
        ['forbidden code', b.forbiddenFound.join(', ') || 'none'],
        ['first render, pane (median ms)', String(b.paneFirstRenderMs)],
        ['first render, bare React (median ms)', String(b.bareReactFirstRenderMs)],
        ['ratio', String(b.firstRenderRatio)],
      ]),
    );
  }
  if (r.cli) {
    const c = r.cli;
    out.push(
      '',
      table([
        ['thidua check --json', ...CLI_SIZES.map((n) => `${n} rows`)],
        ['file MB', ...CLI_SIZES.map((n) => String(c.rows[n].fileMb))],
        ['check ms', ...CLI_SIZES.map((n) => String(c.rows[n].checkMs))],
        ['floor ms (inflate + count cells)', ...CLI_SIZES.map((n) => String(c.rows[n].floorMs))],
        ['check / floor', ...CLI_SIZES.map((n) => String(c.rows[n].ratio))],
        ['peak RSS MB', ...CLI_SIZES.map((n) => String(c.rows[n].peakRssMb))],
      ]),
      '',
      table([
        ['startup (median ms)', ''],
        [c.startupCommand, String(c.startupMs)],
        ['node -e 0', String(c.nodeMs)],
        ['ratio', String(c.startupRatio)],
      ]),
    );
  }
  out.push(
    '',
    table([['goal', 'value', 'met'], ...Object.values(r.goals).map((g) => [g.goal, String(g.value), g.met ? 'yes' : 'NO'])]),
  );
  console.log(out.join('\n'));
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2) as Module[];
  const unknown = asked.filter((m) => !MODULES.includes(m));
  if (unknown.length) throw new Error(`unknown module(s): ${unknown.join(', ')} (use ${MODULES.join(', ')})`);
  const run = (m: Module) => asked.length === 0 || asked.includes(m);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const r: Results = {
    machine: os.cpus()[0]?.model.trim() ?? 'unknown',
    environment: {
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      date: new Date().toISOString(),
    },
    goals: {},
  };
  try {
    if (run('engine')) r.engine = await benchEngine(tmp, log);
    if (run('syncs')) {
      const s = await benchSyncs(log);
      Object.assign(r, { syncs: s.syncs, maxRequestBytes: s.maxRequestBytes, payload: s.payload, syncDetail: s.detail });
    }
    if (run('bundle')) r.bundle = await benchBundle(tmp, log);
    if (run('cli')) r.cli = benchCli(tmp, log);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  r.goals = goals(r);
  // A partial run prints but keeps the committed results of the full run.
  if (asked.length === 0) writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  print(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
