// Reading every worksheet as a SheetSnapshot in 2 syncs:
//   1. sheet names (a used range can only be asked of a sheet already known);
//   2. every used range's address, values and formulas, and every sheet's merged
//      areas (ExcelApi 1.13), all in one request.
// Excel on the web refuses a response over 5 MB, and Excel a read of more than
// 5,000,000 cells of one range: only then does the read fall back to
// used ranges first and values by row chunks of ~3.5 MB (readChunked), the estimate
// corrected from the bytes received and halved after a refusal.
// getMergedAreasOrNullObject returns at most 512 areas a call, and only those whose
// top-left cell lies in the range (office-js #3611): merges are asked for by row
// blocks, and a block that comes back full is split and read again (one more sync per
// level of splitting). A sheet whose merges cannot be read so is checked without them
// (`mergesUnread`).
import { EXCEL_ROWS, formatCell, formatRange, parseRange, type RangeRef } from '../engine/address';
import type { CellValue, SheetSnapshot } from '../engine/types';
import { isPayloadTooLarge, officeCode } from './office-errors';
import { jsonBytes, SYNC_BUDGET_BYTES } from './payload';
import type { Runner } from './runner';

/** JSON bytes of one cell's value plus its formula before anything was measured: typical, and cautious for reads known to need several syncs. */
const FIRST_GUESS_BYTES_PER_CELL = 24;
const CAUTIOUS_BYTES_PER_CELL = 64;
const MAX_RETRIES = 12;

/** Most merged areas one call returns (past it, nothing more comes back). */
export const MERGE_AREAS_PER_CALL = 512;
/** Merged areas are asked for by blocks of 128 rows; a block that comes back full is split in 8, down to one row. */
const MERGE_BLOCK_ROWS = 128;
const MERGE_BLOCK_SPLIT = 8;
/** First blocks a sheet (down to row 16,384), and at most this many calls over all sheets. */
const MERGE_FIRST_BLOCKS = 128;
const MERGE_FIRST_CALLS = 4096;

interface SheetPlan {
  name: string;
  used: RangeRef | null;
  merges: string[];
  mergesUnread?: boolean;
  values: CellValue[][];
  formulas: (string | null)[][];
}

/** Rows [top, bottom] of a sheet's used range, read in one load. */
interface Chunk {
  sheet: SheetPlan;
  top: number;
  bottom: number;
}

/** Rows [top, bottom] of a sheet whose merged areas one call asks for. */
interface MergeBlock {
  plan: SheetPlan;
  top: number;
  bottom: number;
  merged: Excel.RangeAreas;
}

interface Read {
  plans: SheetPlan[];
  merges: MergeBlock[];
}

/** "Sheet1!$A$1:$B$2" -> ["A1:B2"], as a snapshot names its merged areas. */
function areaOf(address: string): string[] {
  const r = parseRange(address);
  return r ? [formatRange(r)] : [];
}

function width(p: SheetPlan): number {
  return p.used ? p.used.right - p.used.left + 1 : 0;
}

function emptyPlan(name: string): SheetPlan {
  return { name, used: null, merges: [], values: [], formulas: [] };
}

/** A cell's formula, or null: `formulas` repeats a constant's value, so text reading "=SUM(A1)" is no formula. */
export function formulasOf(values: unknown[][], formulas: unknown[][]): (string | null)[][] {
  return formulas.map((row, r) =>
    row.map((f, c) => (typeof f === 'string' && f.startsWith('=') && f !== values[r]?.[c] ? f : null)),
  );
}

export async function readSnapshots(run: Runner, withMerges: boolean): Promise<SheetSnapshot[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const read = (await readWhole(ctx, sheets.items, withMerges)) ?? (await readChunked(ctx, sheets.items, withMerges));
    await collectMerges(ctx, read.merges);
    return read.plans.map((p) => ({
      name: p.name,
      origin: p.used ? formatCell(p.used.top, p.used.left) : 'A1',
      values: p.values,
      formulas: p.formulas,
      merges: p.merges,
      ...(p.mergesUnread ? { mergesUnread: true } : {}),
    }));
  });
}

/** Sync 2: every used range whole, with the merged areas; null when Excel refuses it as too large. */
async function readWhole(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean): Promise<Read | null> {
  const plans = sheets.map((ws) => emptyPlan(ws.name));
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('address,values,formulas'));
  const merges = withMerges ? sheets.flatMap((ws, i) => queueFirstMergeBlocks(ws, plans[i], sheets.length)) : [];
  try {
    await ctx.sync();
  } catch (e) {
    // Past 5 MB, or past the 5,000,000 cells Excel reads of one range (InvalidOperation).
    if (isPayloadTooLarge(e) || officeCode(e) === 'InvalidOperation') return null;
    throw e;
  }
  used.forEach((range, i) => {
    if (range.isNullObject) return;
    const p = plans[i];
    p.used = parseRange(range.address);
    p.values = range.values as CellValue[][];
    p.formulas = formulasOf(p.values, range.formulas);
  });
  return { plans, merges };
}

function queueMerges(ws: Excel.Worksheet, plan: SheetPlan, top: number, bottom: number): MergeBlock {
  const merged = ws.getRange(`${top}:${bottom}`).getMergedAreasOrNullObject();
  merged.areas.load('items/address');
  return { plan, top, bottom, merged };
}

/**
 * Queued with the values, before the used range is known: blocks of 128 rows down to
 * row 16,384 (fewer a sheet in workbooks of many sheets, to keep the request small),
 * then the rest of the sheet in one call. Only a block that comes back full costs a sync.
 */
function queueFirstMergeBlocks(ws: Excel.Worksheet, plan: SheetPlan, sheets: number): MergeBlock[] {
  const count = Math.max(8, Math.min(MERGE_FIRST_BLOCKS, Math.floor(MERGE_FIRST_CALLS / sheets)));
  const blocks: MergeBlock[] = [];
  for (let i = 0; i < count; i++) blocks.push(queueMerges(ws, plan, i * MERGE_BLOCK_ROWS + 1, (i + 1) * MERGE_BLOCK_ROWS));
  blocks.push(queueMerges(ws, plan, count * MERGE_BLOCK_ROWS + 1, EXCEL_ROWS));
  return blocks;
}

/** Takes the merges of blocks that came back whole; re-reads the full ones in smaller blocks of the used rows. */
async function collectMerges(ctx: Excel.RequestContext, first: MergeBlock[]): Promise<void> {
  let blocks = first;
  while (blocks.length) {
    const full: { plan: SheetPlan; top: number; bottom: number }[] = [];
    for (const b of blocks) {
      const areas = b.merged.isNullObject ? [] : b.merged.areas.items.flatMap((a) => areaOf(a.address));
      const used = b.plan.used;
      if (areas.length < MERGE_AREAS_PER_CALL) b.plan.merges.push(...areas);
      else if (b.top === b.bottom || !used) b.plan.mergesUnread = true;
      else full.push({ plan: b.plan, top: Math.max(b.top, used.top), bottom: Math.min(b.bottom, used.bottom) });
    }
    blocks = full
      .filter((b) => b.top <= b.bottom)
      .flatMap((b) => {
        const ws = ctx.workbook.worksheets.getItem(b.plan.name);
        const size = Math.ceil((b.bottom - b.top + 1) / MERGE_BLOCK_SPLIT);
        const out: MergeBlock[] = [];
        for (let t = b.top; t <= b.bottom; t += size) out.push(queueMerges(ws, b.plan, t, Math.min(b.bottom, t + size - 1)));
        return out;
      });
    if (blocks.length) await ctx.sync();
  }
  for (const p of new Set(first.map((b) => b.plan))) if (p.mergesUnread) p.merges = [];
}

/** The fallback for workbooks over one response: used ranges and merges, then values and formulas by row chunks. */
async function readChunked(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean): Promise<Read> {
  const plans = sheets.map((ws) => emptyPlan(ws.name));
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  const merges = withMerges ? sheets.flatMap((ws, i) => queueFirstMergeBlocks(ws, plans[i], sheets.length)) : [];
  await ctx.sync();
  used.forEach((range, i) => {
    if (!range.isNullObject) plans[i].used = parseRange(range.address);
  });

  const pending: Chunk[] = plans.filter((p) => p.used).map((p) => ({ sheet: p, top: p.used!.top, bottom: p.used!.bottom }));
  const totalCells = pending.reduce((n, c) => n + (c.bottom - c.top + 1) * width(c.sheet), 0);
  const guess =
    totalCells * FIRST_GUESS_BYTES_PER_CELL <= SYNC_BUDGET_BYTES ? FIRST_GUESS_BYTES_PER_CELL : CAUTIOUS_BYTES_PER_CELL;
  // Measured per sheet: a plan sheet's long texts weigh more than a criteria sheet's numbers.
  const bytesPerCell = new Map<SheetPlan, number>();
  let budget = SYNC_BUDGET_BYTES;
  let retries = 0;
  while (pending.length) {
    const perCell = bytesPerCell.get(pending[0].sheet) ?? guess;
    const chunks = takeChunks(
      pending,
      Math.floor(budget / perCell),
      (c) => width(c.sheet) * ((bytesPerCell.get(c.sheet) ?? guess) / perCell),
    );
    const loads = chunks.map((c) => {
      const u = c.sheet.used!;
      // By A1 address, not getRangeByIndexes (ExcelApi 1.7): reading needs only 1.4.
      const range = ctx.workbook.worksheets
        .getItem(c.sheet.name)
        .getRange(formatRange({ top: c.top, bottom: c.bottom, left: u.left, right: u.right }));
      return { chunk: c, range: range.load('values,formulas') };
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || ++retries > MAX_RETRIES) throw e;
      pending.unshift(...mergeBack(chunks));
      budget /= 2;
      continue;
    }
    for (const { chunk, range } of loads) {
      const values = range.values as CellValue[][];
      const formulas = range.formulas as unknown[][];
      const cells = values.length * width(chunk.sheet);
      if (pending.length && cells)
        bytesPerCell.set(
          chunk.sheet,
          Math.max(FIRST_GUESS_BYTES_PER_CELL, ((jsonBytes(values) + jsonBytes(formulas)) / cells) * 1.25),
        );
      for (const row of values) chunk.sheet.values.push(row);
      for (const row of formulasOf(values, formulas)) chunk.sheet.formulas.push(row);
    }
  }

  return { plans, merges };
}

/** Takes chunks from the front of `pending` until the cell budget is used; splits a chunk by rows where needed. */
export function takeChunks<T extends { top: number; bottom: number }>(
  pending: T[],
  cellsBudget: number,
  columns: (c: T) => number,
): T[] {
  const taken: T[] = [];
  let left = cellsBudget;
  while (pending.length) {
    const c = pending[0];
    const cols = Math.max(1, columns(c));
    const rows = c.bottom - c.top + 1;
    const fit = Math.floor(left / cols);
    if (fit >= rows) {
      taken.push(pending.shift()!);
      left -= rows * cols;
      continue;
    }
    if (fit < 1 && taken.length) break;
    const n = Math.max(1, fit);
    taken.push({ ...c, bottom: c.top + n - 1 });
    pending[0] = { ...c, top: c.top + n };
    break;
  }
  return taken;
}

/** Chunks of one sheet taken for a failed sync, rejoined so they can be split differently. */
function mergeBack(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && last.sheet === c.sheet && last.bottom + 1 === c.top) out[out.length - 1] = { ...last, bottom: c.bottom };
    else out.push({ ...c });
  }
  return out;
}
