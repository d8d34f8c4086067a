// Reading every worksheet as a SheetSnapshot with a fixed number of syncs:
//   1. sheet names;
//   2. each sheet's used range (values only) and its merged areas (ExcelApi 1.13);
//   3. values + formulas of every used range, all queued in one sync.
// Excel on the web refuses a request or a response over 5 MB, and one sync is one
// request: so step 3 queues ranges until an estimated ~3.5 MB and, past that,
// continues in further syncs of row chunks. The estimate starts from a typical
// cell size (a cautious one when the read is known to need several syncs) and is
// corrected after each sync from the bytes actually received; a
// sync refused as too large is retried with half the budget from then on.
// Workbooks under the budget (10,000 criteria rows is ~2 MB) always take 3 syncs.
import { formatCell, formatRange, parseRange, type RangeRef } from '../engine/address';
import type { CellValue, SheetSnapshot } from '../engine/types';
import { isPayloadTooLarge } from './office-errors';
import { jsonBytes, SYNC_BUDGET_BYTES } from './payload';
import type { Runner } from './runner';
/** JSON bytes of one cell's value plus its formula before anything was measured: typical, and cautious for reads known to need several syncs. */
const FIRST_GUESS_BYTES_PER_CELL = 24;
const CAUTIOUS_BYTES_PER_CELL = 64;
const MAX_RETRIES = 12;

interface SheetPlan {
  name: string;
  used: RangeRef | null;
  merges: string[];
  values: CellValue[][];
  formulas: (string | null)[][];
}

/** Rows [top, bottom] of a sheet's used range, read in one load. */
interface Chunk {
  sheet: SheetPlan;
  top: number;
  bottom: number;
}

/** "Sheet1!$A$1:$B$2" -> ["A1:B2"], as a snapshot names its merged areas. */
function areaOf(address: string): string[] {
  const r = parseRange(address);
  return r ? [formatRange(r)] : [];
}

function width(p: SheetPlan): number {
  return p.used ? p.used.right - p.used.left + 1 : 0;
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

function toFormulas(row: unknown[]): (string | null)[] {
  return row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null));
}

export async function readSnapshots(run: Runner, withMerges: boolean): Promise<SheetSnapshot[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();

    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true).load('address');
      // Merged areas of the whole sheet, not of `range`: no call is chained on a possible null object.
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.areas.load('items/address');
      return { name: ws.name, range, merged };
    });
    await ctx.sync();

    const plans: SheetPlan[] = used.map(({ name, range, merged }) => ({
      name,
      used: range.isNullObject ? null : parseRange(range.address),
      merges: merged && !merged.isNullObject ? merged.areas.items.flatMap((a) => areaOf(a.address)) : [],
      values: [],
      formulas: [],
    }));

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
        for (const row of formulas) chunk.sheet.formulas.push(toFormulas(row));
      }
    }

    return plans.map((p) => ({
      name: p.name,
      origin: p.used ? formatCell(p.used.top, p.used.left) : 'A1',
      values: p.values,
      formulas: p.formulas,
      merges: p.merges,
    }));
  });
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
