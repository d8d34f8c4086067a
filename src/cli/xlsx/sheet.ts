// One worksheet part -> the engine's SheetSnapshot, streamed: values (numbers, shared,
// inline and rich strings, booleans, errors, cached formula results, dates as ExcelJS
// showed them), formula text (shared formulas expanded) and merged areas. Only the cells
// present take memory: rows are sparse arrays, and rows past `maxRows` are counted, not kept.
import { formatCell, parseRange } from '../../engine/address';
import type { CellValue, SheetSnapshot } from '../../engine/types';
import { shiftFormula } from './shared-formula';
import { parseXml } from './xml';
import type { ZipPackage } from './zip';

export interface SheetContext {
  strings: string[];
  /** Per cell style index: whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
  /** Rows kept; the snapshot still counts the rows after them. */
  maxRows: number;
}

const enum Text {
  None,
  Formula,
  Value,
  Inline,
}

function dateText(serial: number, date1904: boolean): string | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (!Number.isFinite(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "AB12" -> [12, 28]; [0, 0] when unreadable. */
function cellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && i > 0 && i <= 3 ? [row, col] : [0, 0];
}

export function readSheet(zip: ZipPackage, part: string, name: string, ctx: SheetContext): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const merges: string[] = [];
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let lastRow = 0;
  let hasCells = false;

  let row = 0;
  let col = 0;
  let type = '';
  let style = -1;
  let text = Text.None;
  let v: string | null = null;
  let f = '';
  let fAttrs: Record<string, string> | null = null;
  let inline: string | null = null;
  let phonetic = 0;

  const number = (raw: string): CellValue => {
    const n = parseFloat(raw);
    if (Number.isNaN(n)) return raw;
    return (style >= 0 && ctx.dateStyles[style] && dateText(n, ctx.date1904)) || n;
  };
  const typed = (raw: string | null, formulaResult: boolean): CellValue => {
    if (raw === null) return null;
    switch (type) {
      case 's':
        return formulaResult ? number(raw) : (ctx.strings[parseInt(raw, 10)] ?? null);
      case 'str':
      case 'inlineStr':
        return raw;
      case 'b':
        return parseInt(raw, 10) !== 0;
      case 'e':
        return { error: raw };
      case 'd': {
        const d = new Date(raw);
        return Number.isNaN(d.getTime()) ? raw : dateText(d.getTime() / 86_400_000 + 25569, false);
      }
      default:
        return number(raw);
    }
  };

  const endCell = () => {
    const isFormula = f !== '' || (fAttrs !== null && fAttrs.t !== undefined);
    let formula: string | null = null;
    if (isFormula) {
      if (fAttrs?.t === 'shared' && fAttrs.si !== undefined) {
        const master = masters.get(fAttrs.si);
        if (f !== '' && fAttrs.ref) masters.set(fAttrs.si, { text: f, row, col });
        else if (f === '' && master) formula = `=${shiftFormula(master.text, row - master.row, col - master.col)}`;
      }
      if (f !== '') formula = `=${f}`;
    }
    const value = isFormula ? typed(v, true) : typed(type === 'inlineStr' ? (v ?? inline) : v, false);
    // A cell with a style and nothing else is no cell to ExcelJS's reader; one with neither still is.
    if (value === null && !isFormula && style >= 0) return;
    if (row < 1 || col < 1) return;
    hasCells = true;
    if (row > lastRow) lastRow = row;
    if (row > ctx.maxRows) return;
    (values[row - 1] ??= [])[col - 1] = value;
    if (formula !== null) (formulas[row - 1] ??= [])[col - 1] = formula;
  };

  parseXml(zip, zip.find(part)!, {
    open(tag, a) {
      switch (tag) {
        case 'c':
          [row, col] = a.r ? cellRef(a.r) : [row, col + 1];
          type = a.t ?? '';
          style = a.s ? parseInt(a.s, 10) : -1;
          v = null;
          f = '';
          fAttrs = null;
          inline = null;
          break;
        case 'v':
          text = Text.Value;
          break;
        case 'f':
          fAttrs = a;
          text = Text.Formula;
          break;
        case 'is':
          inline = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inline !== null && phonetic === 0) text = Text.Inline;
          break;
        case 'row':
          row = a.r ? parseInt(a.r, 10) : row + 1;
          col = 0;
          if (row > lastRow) lastRow = row;
          break;
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          break;
      }
    },
    close(tag) {
      if (tag === 'c') endCell();
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'v' || tag === 'f' || tag === 't') text = Text.None;
    },
    text(s) {
      if (text === Text.Value) v = v === null ? s : v + s;
      else if (text === Text.Formula) f += s;
      else if (text === Text.Inline) inline += s;
    },
  });

  const areas = merges.map(parseRange).filter((r) => r !== null);
  for (const m of areas) {
    // Only the top-left cell of a merged area holds its value, as Excel shows it.
    for (let r = m.top; r <= Math.min(m.bottom, ctx.maxRows, values.length); r++) {
      const cells = values[r - 1];
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length); c++) {
        if (r === m.top && c === m.left) continue;
        delete cells[c - 1];
        if (formulas[r - 1]) delete formulas[r - 1][c - 1];
      }
      while (cells.length > 0 && !(cells.length - 1 in cells)) cells.length--;
    }
    if (m.bottom > lastRow) lastRow = m.bottom;
  }
  const rows = hasCells || areas.length > 0 ? lastRow : 0;
  const kept = Math.min(rows, ctx.maxRows);
  for (let r = 0; r < kept; r++) values[r] ??= [];
  values.length = rows;
  return {
    name,
    origin: 'A1',
    values,
    formulas,
    merges: areas.map((m) => `${formatCell(m.top, m.left)}:${formatCell(m.bottom, m.right)}`),
  };
}
