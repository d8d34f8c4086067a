// Live validation: onChanged on each watched sheet re-reads only the rows an edit
// touched, across the used columns, plus the rows of formulas depending on them.
// An edit of a few cells takes 1 sync: the rows are asked for as their intersection
// with the used range, with the edited cells themselves (a cleared cell may have left
// it) and the sheet's name. Larger edits, inserted or deleted rows and columns take 2
// or more: the used range first, then the rows clamped to it (and to what the last
// snapshot covered) in chunks of the check's size. Edits are handled one after
// another so patches arrive in order. Local edits, co-authors' (source Remote) and
// multi-cell pastes alike.
import { EXCEL_COLUMNS, EXCEL_ROWS, formatRange, parseRange, type RangeRef } from '../engine/address';
import type { CellValue, RowPatch } from '../engine/types';
import { GatewayError } from './api';
import { union, type FormulaIndex } from './dependents';
import { SYNC_BUDGET_BYTES } from './payload';
import { formulasOf, takeChunks } from './read';
import { toGatewayError } from './office-errors';
import type { Runner } from './runner';

interface Watched {
  id: string;
  name: string;
}

/** The rectangle an event address covers: "F9", "F9:G12", whole rows "5:7", whole columns "F:F", several areas. */
function eventRect(address: string): RangeRef | null {
  let out: RangeRef | null = null;
  for (const part of address.split(',')) {
    const r = parseRange(part);
    if (!r) continue;
    out = out
      ? {
          top: Math.min(out.top, r.top),
          left: Math.min(out.left, r.left),
          bottom: Math.max(out.bottom, r.bottom),
          right: Math.max(out.right, r.right),
        }
      : r;
  }
  return out;
}

/**
 * The rectangle to re-read: the touched rows across the used columns (and the edited
 * ones). Inserted or deleted rows shift everything below: read down to the end.
 * Inserted or deleted columns or cells shift whole rows: read the used range.
 */
function rowsToRead(edit: RangeRef, used: RangeRef | null, changeType: string): RangeRef {
  const u = used ?? edit;
  const wholeRows = edit.left === 1 && edit.right === EXCEL_COLUMNS;
  const wholeCols = edit.top === 1 && edit.bottom === EXCEL_ROWS;
  const left = wholeRows ? u.left : Math.min(u.left, edit.left);
  const right = wholeRows ? u.right : Math.max(u.right, edit.right);
  const span = edit.bottom - edit.top + 1;
  switch (changeType) {
    case 'RowInserted':
      return { top: edit.top, bottom: Math.max(u.bottom, edit.bottom), left, right };
    case 'RowDeleted':
      return { top: edit.top, bottom: Math.max(u.bottom, edit.top) + span, left, right };
    case 'ColumnInserted':
    case 'ColumnDeleted':
    case 'CellInserted':
    case 'CellDeleted':
      return {
        top: Math.min(u.top, edit.top),
        bottom: Math.max(u.bottom, wholeCols ? u.bottom : edit.bottom) + (wholeCols ? 0 : span),
        left: Math.min(u.left, edit.left),
        right: Math.max(u.right, wholeCols ? u.right : edit.right) + (edit.right - edit.left + 1),
      };
    default:
      return wholeCols ? { top: u.top, bottom: u.bottom, left, right } : { top: edit.top, bottom: edit.bottom, left, right };
  }
}

function runsOf(rows: number[]): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else out.push({ top: r, bottom: r });
  }
  return out;
}

/** Edits up to this many cells (and not whole rows or columns) are re-read in one sync. */
const ONE_SYNC_CELLS = 10_000;
/** Cells a chunked re-read asks for per sync (a cautious 64 bytes a cell, as the check's first guess). */
const CHUNK_CELLS = Math.floor(SYNC_BUDGET_BYTES / 64);

function toPatch(sheet: string, top: number, left: number, range: Excel.Range): RowPatch {
  const values = range.values as CellValue[][];
  return { sheet, startRow: top, startCol: left, values, formulas: formulasOf(values, range.formulas) };
}

function assertName(ws: Excel.Worksheet, sheet: Watched): void {
  if (ws.name !== sheet.name)
    throw new GatewayError('CONFLICT', `Sheet '${sheet.name}' was renamed to '${ws.name}'.`, sheet.name);
}

function isSmall(edit: RangeRef, changeType: string): boolean {
  const rows = edit.bottom - edit.top + 1;
  const cols = edit.right - edit.left + 1;
  return changeType === 'RangeEdited' && rows * cols <= ONE_SYNC_CELLS && cols < EXCEL_COLUMNS && rows < EXCEL_ROWS;
}

/** One sync: the edited cells, and the touched and dependent rows as far as the used range goes. */
async function readSmallEdit(run: Runner, index: FormulaIndex, sheet: Watched, edit: RangeRef): Promise<RowPatch[]> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet.id).load('name');
    const used = ws.getUsedRange(true);
    const rows = [
      { top: edit.top, bottom: edit.bottom },
      ...runsOf(index.dependentRows(sheet.name, edit).filter((row) => row < edit.top || row > edit.bottom)),
    ].map((b) => ws.getRange(`${b.top}:${b.bottom}`).getIntersectionOrNullObject(used).load('address,values,formulas'));
    const cells = ws.getRange(formatRange(edit)).load('values,formulas');
    await ctx.sync();
    assertName(ws, sheet);
    const patches: RowPatch[] = [];
    for (const range of rows) {
      const r = range.isNullObject ? null : parseRange(range.address);
      if (r) patches.push(toPatch(sheet.name, r.top, r.left, range));
    }
    // The edited cells on their own only where the used range no longer holds them all (a cleared edge).
    const first = rows[0].isNullObject ? null : parseRange(rows[0].address);
    const covered =
      first && first.left <= edit.left && first.right >= edit.right && first.top <= edit.top && first.bottom >= edit.bottom;
    if (!covered) patches.unshift(toPatch(sheet.name, edit.top, edit.left, cells));
    return patches;
  });
}

/** The used range first, then the rows to re-read clamped to it (and to the last snapshot), in chunks. */
async function readLargeEdit(
  run: Runner,
  index: FormulaIndex,
  sheet: Watched,
  edit: RangeRef,
  changeType: string,
): Promise<RowPatch[]> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet.id).load('name');
    const usedRange = ws.getUsedRangeOrNullObject(true).load('address');
    await ctx.sync();
    assertName(ws, sheet);
    const used = usedRange.isNullObject ? null : parseRange(usedRange.address);
    const known = union(used, index.extent(sheet.name));
    if (!known) return [];
    const wanted = rowsToRead(edit, known, changeType);
    const r = {
      top: Math.max(wanted.top, known.top),
      bottom: Math.min(wanted.bottom, changeType === 'RowDeleted' ? wanted.bottom : known.bottom),
      left: Math.max(wanted.left, known.left),
      right: Math.min(wanted.right, changeType === 'ColumnDeleted' ? wanted.right : known.right),
    };
    if (r.top > r.bottom || r.left > r.right) return [];
    const changed = changeType === 'RangeEdited' ? edit : r;
    const blocks = [
      { top: r.top, bottom: r.bottom },
      ...runsOf(index.dependentRows(sheet.name, changed).filter((row) => row < r.top || row > r.bottom)),
    ];
    const rowsPerSync = Math.max(1, Math.floor(CHUNK_CELLS / (r.right - r.left + 1)));
    const patches: RowPatch[] = [];
    const pending = blocks.flatMap((b) => {
      const out: { top: number; bottom: number }[] = [];
      for (let t = b.top; t <= b.bottom; t += rowsPerSync) out.push({ top: t, bottom: Math.min(b.bottom, t + rowsPerSync - 1) });
      return out;
    });
    while (pending.length) {
      const chunk = takeChunks(pending, CHUNK_CELLS, () => r.right - r.left + 1);
      const reads = chunk.map((b) => ({
        top: b.top,
        range: ws.getRange(formatRange({ top: b.top, bottom: b.bottom, left: r.left, right: r.right })).load('values,formulas'),
      }));
      await ctx.sync();
      for (const { top, range } of reads) patches.push(toPatch(sheet.name, top, r.left, range));
    }
    return patches;
  });
}

function readRows(
  run: Runner,
  index: FormulaIndex,
  sheet: Watched,
  event: { address: string; changeType: string },
): Promise<RowPatch[]> {
  const edit = eventRect(event.address);
  if (!edit) return Promise.resolve([]);
  return isSmall(edit, event.changeType)
    ? readSmallEdit(run, index, sheet, edit)
    : readLargeEdit(run, index, sheet, edit, event.changeType);
}

export async function watchSheets(
  run: Runner,
  index: FormulaIndex,
  names: string[],
  onEdit: (patch: RowPatch) => void,
  onError: (e: GatewayError) => void,
): Promise<() => Promise<void>> {
  let queue: Promise<void> = Promise.resolve();
  const handle = (sheet: Watched, event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    queue = queue
      .then(() => readRows(run, index, sheet, event))
      .then(
        (patches) => {
          for (const p of patches) {
            index.applyPatch(p);
            onEdit(p);
          }
        },
        (e) => onError(toGatewayError(e, sheet.name)),
      );
    return queue;
  };
  const handlers = await run(async (ctx) => {
    const sheets = names.map((n) => ctx.workbook.worksheets.getItem(n).load('id,name'));
    await ctx.sync();
    const results = sheets.map((ws) => {
      const watched = { id: ws.id, name: ws.name };
      return ws.onChanged.add((event) => handle(watched, event));
    });
    await ctx.sync();
    return results;
  });
  let stopped = false;
  return async () => {
    if (stopped || handlers.length === 0) return;
    stopped = true;
    await run.inContext(handlers[0].context, async (ctx) => {
      for (const h of handlers) h.remove();
      await ctx.sync();
    });
  };
}
