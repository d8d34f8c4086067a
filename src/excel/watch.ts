// Live validation: onChanged on each watched sheet re-reads only the rows an edit
// touched, across the used columns, plus the rows of formulas depending on them,
// in at most 2 syncs (the sheet's name and used range; then the rows). Edits are
// handled one after another so patches arrive in order. Local edits, co-authors'
// (source Remote) and multi-cell pastes alike.
import { EXCEL_COLUMNS, EXCEL_ROWS, parseRange, type RangeRef } from '../engine/address';
import type { CellValue, RowPatch } from '../engine/types';
import { GatewayError } from './api';
import type { FormulaIndex } from './dependents';
import { toGatewayError } from './office-errors';
import type { Runner } from './runner';

interface Watched {
  id: string;
  name: string;
}

/** The rectangle an event address covers: "F9", "F9:G12", whole rows "5:7", whole columns "F:F", several areas. */
export function eventRect(address: string): RangeRef | null {
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
export function rowsToRead(edit: RangeRef, used: RangeRef | null, changeType: string): RangeRef {
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

function toPatch(sheet: string, top: number, left: number, range: Excel.Range): RowPatch {
  return {
    sheet,
    startRow: top,
    startCol: left,
    values: range.values as CellValue[][],
    formulas: (range.formulas as unknown[][]).map((row) =>
      row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
    ),
  };
}

/** The touched rows, then the rows of formulas that depend on them (a group's "Cộng"), in one sync after the used range. */
async function readRows(
  run: Runner,
  index: FormulaIndex,
  sheet: Watched,
  event: { address: string; changeType: string },
): Promise<RowPatch[]> {
  const edit = eventRect(event.address);
  if (!edit) return [];
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet.id).load('name');
    const used = ws.getUsedRangeOrNullObject(true).load('address');
    await ctx.sync();
    if (ws.name !== sheet.name)
      throw new GatewayError('CONFLICT', `Sheet '${sheet.name}' was renamed to '${ws.name}'.`, sheet.name);
    const r = rowsToRead(edit, used.isNullObject ? null : parseRange(used.address), event.changeType);
    const changed = event.changeType === 'RangeEdited' ? edit : r;
    const blocks = [
      { top: r.top, bottom: r.bottom },
      ...runsOf(index.dependentRows(sheet.name, changed).filter((row) => row < r.top || row > r.bottom)),
    ];
    const reads = blocks.map((b) => ({
      top: b.top,
      range: ws.getRangeByIndexes(b.top - 1, r.left - 1, b.bottom - b.top + 1, r.right - r.left + 1).load('values,formulas'),
    }));
    await ctx.sync();
    return reads.map(({ top, range }) => toPatch(sheet.name, top, r.left, range));
  });
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
