// Engine time on synthetic sheets, and ExcelJS's time to load the same sheets from .xlsx.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbook, workbookSnapshots } from '../test/support/exceljs-reader';
import { checkWorkbook } from '../src/engine/report';
import type { SheetSnapshot } from '../src/engine/types';
import { criteriaSheet, planSheet } from './synthetic';

export const SIZES = [1000, 10000, 100000] as const;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function timeMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 10) / 10;
}

const runsFor = (n: number) => (n >= 100000 ? 3 : n >= 10000 ? 5 : 9);

/** Runs fn until it has run 3 times and for 300 ms, so small sizes are timed with optimised code, not the JIT's first tiers. */
function warmUp(fn: () => unknown): void {
  const t0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - t0 < 300; i++) fn();
}

function check(snap: SheetSnapshot) {
  return checkWorkbook([snap], { file: 'bench.xlsx', lang: 'vi' });
}

async function writeXlsx(snap: SheetSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snap.name);
  snap.values.forEach((row) => ws.addRow(row));
  for (const m of snap.merges ?? []) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

export interface EngineResults {
  criteriaMs: Record<string, number>;
  planMs: Record<string, number>;
  exceljsLoadMs: Record<string, number>;
  /** 100k/1k: the goal (linear) is ≤ 110. */
  criteriaRatio: number;
  planRatio: number;
  /** 100k/10k: linear is 10; shows whether a miss of the goal comes from the small end. */
  criteriaRatio10k: number;
  planRatio10k: number;
}

export async function benchEngine(tmp: string, log: (s: string) => void): Promise<EngineResults> {
  const r: EngineResults = {
    criteriaMs: {},
    planMs: {},
    exceljsLoadMs: {},
    criteriaRatio: 0,
    planRatio: 0,
    criteriaRatio10k: 0,
    planRatio10k: 0,
  };
  for (const n of SIZES) {
    const criteria = criteriaSheet(n);
    const plan = planSheet(n);
    warmUp(() => check(criteria));
    r.criteriaMs[n] = await timeMs(runsFor(n), () => check(criteria));
    warmUp(() => check(plan));
    r.planMs[n] = await timeMs(runsFor(n), () => check(plan));
    const file = path.join(tmp, `criteria-${n}.xlsx`);
    await writeXlsx(criteria, file);
    r.exceljsLoadMs[n] = await timeMs(n >= 100000 ? 1 : 3, async () => workbookSnapshots(await loadWorkbook(file)));
    log(`engine ${n}: criteria ${r.criteriaMs[n]} ms, plan ${r.planMs[n]} ms, ExcelJS load ${r.exceljsLoadMs[n]} ms`);
  }
  const ratio = (ms: Record<string, number>, from: number) => Math.round((ms[100000] / ms[from]) * 10) / 10;
  r.criteriaRatio = ratio(r.criteriaMs, 1000);
  r.planRatio = ratio(r.planMs, 1000);
  r.criteriaRatio10k = ratio(r.criteriaMs, 10000);
  r.planRatio10k = ratio(r.planMs, 10000);
  return r;
}
