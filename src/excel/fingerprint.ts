// Whether the workbook still holds what the pane last read, cheaply: onChanged does not
// fire for every edit (a paste from another sheet, a fill over hidden rows), so the pane
// asks again when it regains focus or the workbook is activated. Each sheet's name, used
// range (values only), SUM and COUNTA come back in 2 syncs (the sheet names; then the
// figures, a few bytes a sheet) and are compared with the same figures worked out from
// the snapshots; only a difference costs a full read. A text edit that keeps the count
// of filled cells goes unseen here (the scores are numbers, which SUM sees).
import { formatRange, parseCell, parseRange, type RangeRef } from '../engine/address';
import type { SheetSnapshot } from '../engine/types';
import type { Runner } from './runner';

export interface SheetFigures {
  name: string;
  /** The used range ("B3:H40"), null for an empty sheet. */
  used: string | null;
  sum: number;
  count: number;
}

/** The figures Excel would give for a snapshot: the bounding box of its filled cells, the sum of its numbers, their count. */
export function figuresOf(s: SheetSnapshot): SheetFigures {
  const origin = parseCell(s.origin || 'A1') ?? { row: 1, col: 1 };
  let box: RangeRef | null = null;
  let sum = 0;
  let count = 0;
  s.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === '') return;
      count++;
      if (typeof v === 'number') sum += v;
      const row = origin.row + r;
      const col = origin.col + c;
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }),
  );
  return { name: s.name, used: box ? formatRange(box) : null, sum, count };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameFigures(a: SheetFigures[], b: SheetFigures[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.name === b[i].name && x.used === b[i].used && x.count === b[i].count && close(x.sum, b[i].sum))
  );
}

export async function readFigures(run: Runner): Promise<SheetFigures[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const reads = sheets.items.map((ws) => {
      const all = ws.getUsedRange(true);
      return {
        name: ws.name,
        used: ws.getUsedRangeOrNullObject(true).load('address'),
        sum: ctx.workbook.functions.sum(all).load('value'),
        count: ctx.workbook.functions.countA(all).load('value'),
      };
    });
    await ctx.sync();
    return reads.map((r) => {
      const used = r.used.isNullObject ? null : parseRange(r.used.address);
      return {
        name: r.name,
        used: used ? formatRange(used) : null,
        sum: Number(r.sum.value) || 0,
        count: used ? Number(r.count.value) || 0 : 0,
      };
    });
  });
}

/** Calls `handler` whenever a sheet or the workbook is brought to the front; returns a stop function. */
export async function onActivation(run: Runner, handler: () => void, workbookEvent: boolean): Promise<() => Promise<void>> {
  const handlers = await run(async (ctx) => {
    const added = [ctx.workbook.worksheets.onActivated.add(async () => handler())];
    if (workbookEvent) added.push(ctx.workbook.onActivated.add(async () => handler()));
    await ctx.sync();
    return added;
  });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await run.inContext(handlers[0].context, async (ctx) => {
      for (const h of handlers) h.remove();
      await ctx.sync();
    });
  };
}
