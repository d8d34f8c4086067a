// Rendering a SheetSpec into a new worksheet: one batch, a fixed number of syncs
// (read names; add the sheet and write everything), more only when the data
// passes the per-request budget. Text cells get the "@" format before their
// values so "=HYPERLINK(…)" or "+cmd|…" stay text; formulas come only from
// SpecCell.formula. If anything fails, the new sheet is deleted.
import { absoluteReference, columnLetters, formatRange, parseCell, parseRange, type RangeRef } from '../engine/address';
import { rectanglesByKey } from '../engine/rectangles';
import { uniqueSheetName } from '../engine/sheet-names';
import type { CellStyle, SheetSpec } from '../engine/types';
import { GatewayError } from './api';
import { officeCode } from './office-errors';
import { packIntoSyncs, rowBlocks, sizedOp, SYNC_BUDGET_BYTES, type SizedOp } from './payload';
import type { Runner } from './runner';

/** What to write, as data: matrices from A1, formula runs, and one rectangle list per style. */
export interface SpecWritePlan {
  rows: number;
  cols: number;
  numberFormats: string[][];
  values: (string | number)[][];
  /** Rectangles made only of formula cells: one range write each (split by rows when large). */
  formulas: { top: number; left: number; formulas: string[][] }[];
  styles: { address: string; style: CellStyle }[];
}

function cellAt(address: string): { row: number; col: number } {
  const at = parseCell(address);
  if (!at) throw new GatewayError('UNKNOWN', `Invalid cell address in sheet spec: ${address}`);
  return at;
}

export function planSpecWrite(spec: SheetSpec): SpecWritePlan {
  let rows = 1;
  let cols = 1;
  const placed = spec.cells.map((c) => ({ cell: c, at: cellAt(c.address) }));
  for (const { at } of placed) {
    rows = Math.max(rows, at.row);
    cols = Math.max(cols, at.col);
  }
  const numberFormats = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  const values = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(''));
  const formulaCells: { row: number; col: number; key: string }[] = [];
  const formulaText = new Map<string, string>();
  const styled: { row: number; col: number; key: string }[] = [];
  for (const { cell, at } of placed) {
    const style = cell.style ? spec.styles[cell.style] : undefined;
    if (style?.numberFormat) numberFormats[at.row - 1][at.col - 1] = style.numberFormat;
    if (cell.formula) {
      formulaCells.push({ row: at.row, col: at.col, key: 'f' });
      formulaText.set(`${at.row}:${at.col}`, cell.formula);
    } else if (typeof cell.value === 'string' && cell.value !== '') {
      numberFormats[at.row - 1][at.col - 1] = '@';
      values[at.row - 1][at.col - 1] = cell.value;
    } else if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
      values[at.row - 1][at.col - 1] = cell.value;
    }
    if (cell.style && style) styled.push({ row: at.row, col: at.col, key: cell.style });
  }
  const formulas = rectanglesByKey(formulaCells).map(({ rect }) => ({
    top: rect.top,
    left: rect.left,
    formulas: Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, c) => formulaText.get(`${rect.top + r}:${rect.left + c}`)!),
    ),
  }));
  const styles = rectanglesByKey(styled).map(({ key, rect }) => ({ address: formatRange(rect), style: spec.styles[key] }));
  return { rows, cols, numberFormats, values, formulas, styles };
}

/** Excel column width in characters -> points (Calibri 11: 7 px a character + 5 px padding, 0.75 pt a pixel). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, rect: RangeRef, s: CellStyle): void {
  const f = range.format;
  if (s.fontName) f.font.name = s.fontName;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.underline) f.font.underline = 'Single';
  if (s.horizontal) f.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) f.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.fill) f.fill.color = s.fill;
  if (s.border) {
    // String values, not the Excel.* enums: those exist only where Office.js is loaded.
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    if (rect.right > rect.left) edges.push('InsideVertical');
    for (const edge of edges) thinBorder(f, edge);
  } else if (s.borderBottom) {
    thinBorder(f, 'EdgeBottom');
  }
}

function thinBorder(
  f: Excel.RangeFormat,
  edge: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical',
) {
  const b = f.borders.getItem(edge);
  b.style = 'Continuous';
  b.weight = 'Thin';
}

type Op = SizedOp<Excel.Worksheet>;

/** The A1 address of `rows` × `cols` cells from (row, col): ranges by address need only ExcelApi 1.1. */
function block(row: number, col: number, rows: number, cols: number): string {
  return formatRange({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
}

/** Number formats then values, by blocks of rows (formats first: text stays text). */
function contentOps(plan: SpecWritePlan): Op[] {
  const both = plan.values.map((row, i) => [row, plan.numberFormats[i]]);
  return rowBlocks(both, SYNC_BUDGET_BYTES / 2).flatMap(({ start, count }) => {
    const formats = plan.numberFormats.slice(start, start + count);
    const values = plan.values.slice(start, start + count);
    const at = (ws: Excel.Worksheet): Excel.Range => ws.getRange(block(start + 1, 1, count, plan.cols));
    return [
      sizedOp<Excel.Worksheet>(2, formats, (ws) => (at(ws).numberFormat = formats)),
      sizedOp<Excel.Worksheet>(2, values, (ws) => (at(ws).values = values)),
    ];
  });
}

function formulaOps(plan: SpecWritePlan): Op[] {
  return plan.formulas.flatMap(({ top, left, formulas }) =>
    rowBlocks(formulas, SYNC_BUDGET_BYTES / 2).map(({ start, count }) => {
      const rows = formulas.slice(start, start + count);
      return sizedOp<Excel.Worksheet>(
        2,
        rows,
        (ws) => (ws.getRange(block(top + start, left, count, rows[0].length)).formulas = rows),
      );
    }),
  );
}

/** API calls a style takes: the range, its format, each property, three per border edge. */
function styleCalls(s: CellStyle): number {
  const props = (
    ['fontName', 'fontSize', 'bold', 'italic', 'underline', 'horizontal', 'vertical', 'wrap', 'fill'] as const
  ).filter((k) => s[k] !== undefined).length;
  return 2 + props + (s.border ? 18 : s.borderBottom ? 3 : 0);
}

function writeOps(spec: SheetSpec, plan: SpecWritePlan, layoutPages: boolean): Op[] {
  const ops = [...contentOps(plan), ...formulaOps(plan)];
  for (const s of plan.styles)
    ops.push(
      sizedOp(styleCalls(s.style), s.address, (ws) => applyStyle(ws.getRange(s.address), parseRange(s.address)!, s.style)),
    );
  for (const m of spec.merges) ops.push(sizedOp(2, m, (ws) => ws.getRange(m).merge(false)));
  runsOfEqual(spec.columnWidths.map((w, i) => ({ at: i + 1, v: w }))).forEach(({ from, to, v }) =>
    ops.push(
      sizedOp(3, v, (ws) => (ws.getRange(`${columnLetters(from)}:${columnLetters(to)}`).format.columnWidth = charsToPoints(v))),
    ),
  );
  // Excel fits a row to its wrapped text, and fits it again when the text is edited, except
  // where the row holds a merged cell: those rows keep the spec's estimate.
  const merged = new Set<number>();
  for (const m of spec.merges) {
    const r = parseRange(m);
    if (r) for (let row = r.top; row <= r.bottom; row++) merged.add(row);
  }
  const heights = Object.entries(spec.rowHeights ?? {})
    .map(([row, h]) => ({ at: Number(row), v: h }))
    .sort((a, b) => a.at - b.at);
  runsOfEqual(heights.filter((h) => merged.has(h.at))).forEach(({ from, to, v }) =>
    ops.push(sizedOp(3, v, (ws) => (ws.getRange(`${from}:${to}`).format.rowHeight = v))),
  );
  runsOfEqual(heights.filter((h) => !merged.has(h.at)).map((h) => ({ at: h.at, v: 0 }))).forEach(({ from, to }) =>
    ops.push(sizedOp(3, undefined, (ws) => ws.getRange(`${from}:${to}`).format.autofitRows())),
  );
  if (layoutPages) {
    ops.push(sizedOp(10, spec.print, (ws) => layout(ws, spec)));
    if (spec.freezeRows) ops.push(sizedOp(2, undefined, (ws) => ws.freezePanes.freezeRows(spec.freezeRows)));
  }
  ops.push(sizedOp(1, undefined, (ws) => ws.activate()));
  return ops;
}

function layout(ws: Excel.Worksheet, spec: SheetSpec): void {
  const p = ws.pageLayout;
  p.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  p.paperSize = 'A4';
  // 0 pages tall: as many as needed (Excel's "fit to 1 page wide").
  if (spec.print.fitToWidth) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.print.titleRows) p.setPrintTitleRows(absoluteReference(spec.print.titleRows));
  const m = spec.print.margins;
  if (m) {
    p.topMargin = m.top * 72;
    p.bottomMargin = m.bottom * 72;
    p.leftMargin = m.left * 72;
    p.rightMargin = m.right * 72;
  }
}

function runsOfEqual(items: { at: number; v: number }[]): { from: number; to: number; v: number }[] {
  const out: { from: number; to: number; v: number }[] = [];
  for (const { at, v } of items) {
    const last = out[out.length - 1];
    if (last && last.v === v && last.to === at - 1) last.to = at;
    else out.push({ from: at, to: at, v });
  }
  return out;
}

/** `finish` adds to the last sync what belongs with the sheet (the summary's chart). */
export async function insertSheet(
  run: Runner,
  spec: SheetSpec,
  layoutPages: boolean,
  finish?: (ws: Excel.Worksheet) => void,
): Promise<string> {
  const syncs = packIntoSyncs(writeOps(spec, planSpecWrite(spec), layoutPages));
  let name: string | null = null;
  let active: string | null = null;
  try {
    return await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const wasActive = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      active = wasActive.name;
      name = uniqueSheetName(
        spec.name,
        sheets.items.map((s) => s.name),
      );
      const ws = sheets.add(name);
      for (const [i, ops] of syncs.entries()) {
        for (const op of ops) op.apply(ws);
        if (i === syncs.length - 1) finish?.(ws);
        await ctx.sync();
      }
      return name;
    });
  } catch (e) {
    // ItemAlreadyExists: the add itself failed and the sheet of that name is not ours.
    if (name && officeCode(e) !== 'ItemAlreadyExists') await deleteSheetQuietly(run, name, active);
    throw e;
  }
}

/**
 * Removes a half-written sheet, the sheet that was active before it active again (Excel would
 * otherwise activate a neighbour); if Excel refuses now too, the original error is the one to report.
 */
async function deleteSheetQuietly(run: Runner, name: string, active: string | null): Promise<void> {
  try {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      const before = ctx.workbook.worksheets.getItemOrNullObject(active ?? name);
      await ctx.sync();
      if (!ws.isNullObject) {
        if (!before.isNullObject && active !== name) before.activate();
        ws.delete();
        await ctx.sync();
      }
    });
  } catch {
    // Nothing more can be done from here.
  }
}
