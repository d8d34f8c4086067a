// Office round trips of each gateway operation, counted by the in-memory Excel host,
// and the largest payload one sync carries as workbooks grow. The host refuses a
// request or response over 5 MB like Excel on the web, so at 200,000 rows every
// operation only succeeds if the gateway splits its reads and writes into chunks.
import { createExcelGateway } from '../src/excel/gateway';
import type { WorkbookGateway } from '../src/excel/api';
import { mainPlan, tasksOfMonth } from '../src/engine/plan';
import { checkWorkbook } from '../src/engine/report';
import { buildMonthlyPlanSheet, DEFAULT_PLAN_SETTINGS } from '../src/engine/template';
import type { Report, RowPatch } from '../src/engine/types';
import { createMemoryExcel, fromSnapshots, type MemoryExcel } from '../src/memory-excel';
import { criteriaSheet, planSheet } from './synthetic';

export const SYNC_SIZES = [100, 10000] as const;
export const PAYLOAD_SIZES = [10000, 200000] as const;
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const OPERATIONS = ['check', 'guard', 'unguard', 'writeTotals', 'insertPlan', 'liveEdit', 'recheck'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Why each operation takes the syncs it does: what each sync needs from the one before. */
export const WHY: Record<Operation, string> = {
  check: 'sheet names; then every used range with its values, formulas and merged areas',
  guard: 'what is there (record, protection, rules, formats); where needed the cells already ruled; the writes',
  unguard: 'record; recorded rules and the formats; where formats of ours are now; the removal',
  writeTotals: 'sheet names (for a free name); the sheet written',
  insertPlan: 'sheet names (for a free name); the sheet written',
  liveEdit: 'the edited rows, their dependents and the sheet name in one request',
  recheck: 'sheet names; each used range, SUM and COUNTA (a few bytes a sheet)',
};

const CRITERIA = 'Tiêu chí';
const PLAN = 'Nhiệm vụ';
const PLAN_MONTH = 4;
const LIVE_EDIT_TIMEOUT_MS = 30_000;

export interface OperationCount {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** Syncs the host refused (e.g. as too large) and the gateway retried. */
  failedSyncs: number;
  /** Why the operation failed, if it did. */
  error?: string;
}

export interface PayloadResult {
  /** Largest request or response of one successful sync, over every operation. */
  bytes: number;
  /** Whether that largest payload was a request (data written) or a response (data read). */
  kind: 'request' | 'response';
  operation: Operation;
  /** No operation failed and no successful sync carried more than 5 MB. */
  underLimit: boolean;
  failedOperations: Operation[];
  /** Syncs over all operations (more than at 100 rows means chunking). */
  totalSyncs: number;
  failedSyncs: number;
}

export interface SyncResults {
  syncs: Record<Operation, Record<string, number>>;
  maxRequestBytes: Record<string, number>;
  payload: Record<string, PayloadResult>;
  /** Every operation at every size measured, for the curious. */
  detail: Record<string, Record<Operation, OperationCount>>;
}

/** What the host counted while `fn` ran; only successful syncs count towards the largest payload. */
async function counted(host: MemoryExcel, fn: () => Promise<unknown>): Promise<OperationCount> {
  host.resetStats();
  try {
    await fn();
    return tally(host);
  } catch (e) {
    return { ...tally(host), error: e instanceof Error ? e.message : String(e) };
  }
}

function tally(host: MemoryExcel): OperationCount {
  const ok = host.requestLog.filter((r) => !r.failed);
  return {
    syncs: host.syncCount,
    requestBytes: Math.max(0, ...ok.map((r) => r.requestBytes)),
    responseBytes: Math.max(0, ...ok.map((r) => r.responseBytes)),
    failedSyncs: host.requestLog.length - ok.length,
  };
}

function expect(condition: unknown, what: string): void {
  if (!condition) throw new Error(`sync benchmark: ${what}`);
}

/** One edit of a score cell while the criteria sheet is watched: syncs until onEdit has the re-read rows. */
async function liveEdit(host: MemoryExcel, gateway: WorkbookGateway, row: number): Promise<OperationCount> {
  let received: (p: RowPatch) => void = () => {};
  let failed: (e: Error) => void = () => {};
  const patch = new Promise<RowPatch>((resolve, reject) => {
    received = resolve;
    failed = reject;
  });
  const stop = await gateway.watch(
    [CRITERIA],
    (p) => received(p),
    (e) => failed(e),
  );
  try {
    host.resetStats();
    await host.edit(CRITERIA, `F${row}`, 3);
    const timer = setTimeout(() => failed(new Error('no onEdit within 30 s')), LIVE_EDIT_TIMEOUT_MS);
    const p = await patch.finally(() => clearTimeout(timer));
    const count = tally(host);
    expect(
      p.sheet === CRITERIA && p.values[row - p.startRow]?.includes(3),
      `the live-edit patch does not hold the edited row ${row}`,
    );
    return count;
  } finally {
    await stop();
  }
}

/** Runs every operation once over a workbook of `rows` criteria rows and `rows` plan task rows. */
export async function measureOperations(rows: number): Promise<Record<Operation, OperationCount>> {
  const host = createMemoryExcel(fromSnapshots([criteriaSheet(rows, CRITERIA), planSheet(rows, PLAN)]), {
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  });
  const gateway = createExcelGateway(host.excel, () => true);
  const out = {} as Record<Operation, OperationCount>;

  let report: Report | null = null;
  out.check = await counted(host, async () => {
    const snapshots = await gateway.readSnapshots();
    report = checkWorkbook(snapshots, { file: 'bench.xlsx', lang: 'vi' });
  });
  const r = report as Report | null;
  expect(r && r.criteriaSheets.length === 1 && r.planSheets.length === 1, `the check at ${rows} rows did not find both tables`);
  const checked = r as Report;

  out.guard = await counted(host, async () => {
    const g = await gateway.guardScores(checked.criteriaSheets);
    expect(g.guardedCells >= rows, `guardScores guarded ${g.guardedCells} of ${rows} score cells`);
  });
  out.unguard = await counted(host, () => gateway.unguardScores());
  out.writeTotals = await counted(host, () => gateway.writeTotals(checked));

  const plan = mainPlan(checked.planSheets);
  const tasks = plan ? tasksOfMonth(plan, PLAN_MONTH) : [];
  expect(tasks.length > 0, 'the synthetic plan has no April tasks');
  const spec = buildMonthlyPlanSheet({ month: PLAN_MONTH, year: 2025, tasks, settings: DEFAULT_PLAN_SETTINGS });
  out.insertPlan = await counted(host, () => gateway.insertSheet(spec));

  // The pane regaining focus over an unchanged workbook: the comparison only, no read.
  const snapshots = await gateway.readSnapshots();
  out.recheck = await counted(host, async () => {
    expect(await gateway.isCurrent(snapshots), 'isCurrent says an unchanged workbook changed');
  });

  // A score cell in the middle of the sheet (row 4 is the first section heading).
  out.liveEdit = await liveEdit(host, gateway, 5 + Math.floor(rows / 2)).catch((e: Error) => ({
    ...tally(host),
    error: e.message,
  }));
  return out;
}

function largestPayload(ops: Record<Operation, OperationCount>): PayloadResult {
  let best: PayloadResult = {
    bytes: 0,
    kind: 'request',
    operation: 'check',
    underLimit: true,
    failedOperations: [],
    totalSyncs: 0,
    failedSyncs: 0,
  };
  for (const op of OPERATIONS) {
    const c = ops[op];
    if (c.requestBytes > best.bytes) best = { ...best, bytes: c.requestBytes, kind: 'request', operation: op };
    if (c.responseBytes > best.bytes) best = { ...best, bytes: c.responseBytes, kind: 'response', operation: op };
  }
  const totalSyncs = OPERATIONS.reduce((n, op) => n + ops[op].syncs, 0);
  const failedSyncs = OPERATIONS.reduce((n, op) => n + ops[op].failedSyncs, 0);
  const failedOperations = OPERATIONS.filter((op) => ops[op].error);
  return {
    ...best,
    underLimit: best.bytes <= PAYLOAD_LIMIT_BYTES && failedOperations.length === 0,
    failedOperations,
    totalSyncs,
    failedSyncs,
  };
}

export async function benchSyncs(log: (s: string) => void): Promise<SyncResults> {
  const res: SyncResults = {
    syncs: Object.fromEntries(OPERATIONS.map((op) => [op, {}])) as SyncResults['syncs'],
    maxRequestBytes: {},
    payload: {},
    detail: {},
  };
  for (const rows of [...new Set([...SYNC_SIZES, ...PAYLOAD_SIZES])].sort((a, b) => a - b)) {
    const ops = await measureOperations(rows);
    res.detail[rows] = ops;
    if ((SYNC_SIZES as readonly number[]).includes(rows)) for (const op of OPERATIONS) res.syncs[op][rows] = ops[op].syncs;
    if ((PAYLOAD_SIZES as readonly number[]).includes(rows)) {
      const p = largestPayload(ops);
      res.payload[rows] = p;
      res.maxRequestBytes[rows] = p.bytes;
    }
    log(
      `syncs ${rows}: ${OPERATIONS.map((op) => `${op} ${ops[op].syncs}${ops[op].error ? ` (FAILED: ${ops[op].error})` : ''}`).join(', ')}`,
    );
  }
  return res;
}
