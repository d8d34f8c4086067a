// A1 addresses: column letters, cells, ranges, whole rows (5:7) and columns (F:H), with or
// without $ and a sheet name. 1-based rows and columns. The only place that reads or writes
// A1 text (formula references are found by formula/tokens.ts, which reads them here).

/** Excel's sheet size: rows 1..EXCEL_ROWS, columns A..XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A reference read from a formula or address: the rectangle it covers, and whether it was written as one cell. */
interface Reference {
  rect: RangeRef;
  single: boolean;
}

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** "A" -> 1, "aa" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function formatCell(row: number, col: number): string {
  return columnLetters(col) + row;
}

// One end of a reference: "$B$3", "B3", a column "$B" or a row "3". Groups: $col, letters, $row, digits.
const END_OF = '(\\$?)([A-Za-z]{1,3})?(\\$?)(\\d{1,7})?';
/** A reference must not run on into a name, a sheet's "!" or a function's "(". */
const NOT_RUNNING_ON = '(?![A-Za-z0-9_.!(])';
const REFERENCE = new RegExp(`${END_OF}(?::${END_OF})?${NOT_RUNNING_ON}`, 'y');

interface End {
  col: number | null;
  row: number | null;
  fixedCol: boolean;
  fixedRow: boolean;
}

function endOf(m: RegExpExecArray, at: number): End | null {
  const [dollar, letters, rowDollar, digits] = m.slice(at, at + 4);
  // "$5" (a row) puts its "$" in the first group; "$$5" and "$A$" are no reference.
  if ((!letters && dollar && rowDollar) || (letters && rowDollar && !digits)) return null;
  const col = letters ? columnNumber(letters) : null;
  const row = digits ? Number(digits) : null;
  if (col === null && row === null) return null;
  if ((col !== null && col > EXCEL_COLUMNS) || (row !== null && (row < 1 || row > EXCEL_ROWS))) return null;
  return { col, row, fixedCol: !!letters && dollar === '$', fixedRow: !!digits && (letters ? rowDollar : dollar) === '$' };
}

/** The two ends of the reference written at text[at], and where it stops; null when none is there. */
function readEnds(text: string, at: number): { ends: [End] | [End, End]; end: number } | null {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m || m[0] === '') return null;
  const a = endOf(m, 1);
  if (!a) return null;
  if (m[5] === undefined && m[6] === undefined && m[7] === undefined && m[8] === undefined) {
    // One cell: a lone column or row is a name or a number, not a reference.
    return a.col !== null && a.row !== null && !m[0].includes(':') ? { ends: [a], end: at + m[0].length } : null;
  }
  const b = endOf(m, 5);
  if (!b) return null;
  const cells = a.col !== null && a.row !== null && b.col !== null && b.row !== null;
  const columns = a.row === null && b.row === null && a.col !== null && b.col !== null;
  const rows = a.col === null && b.col === null && a.row !== null && b.row !== null;
  return cells || columns || rows ? { ends: [a, b], end: at + m[0].length } : null;
}

/** One end as written: "$B$3", "B3", "$B" or "3". */
function writeEnd(e: End): string {
  return (
    (e.col === null ? '' : (e.fixedCol ? '$' : '') + columnLetters(e.col)) +
    (e.row === null ? '' : (e.fixedRow ? '$' : '') + e.row)
  );
}

function rectOf(ends: End[]): RangeRef {
  const [a, b = a] = ends;
  const rows = [a.row ?? 1, b.row ?? EXCEL_ROWS];
  const cols = [a.col ?? 1, b.col ?? EXCEL_COLUMNS];
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

/** The reference (no sheet name) written at text[at] and the index just past it; null when there is none. */
export function readReference(text: string, at: number): (Reference & { end: number }) | null {
  const r = readEnds(text, at);
  return r && { rect: rectOf(r.ends), single: r.ends.length === 1, end: r.end };
}

/**
 * A sheet name written before "!" at text[at]: 'Tiêu chí 2023' (quotes doubled inside) or a bare
 * name (letters, digits, _ and .), and the index of the "!"; null when there is none.
 */
export function readSheetName(text: string, at: number): { name: string; bang: number } | null {
  if (text[at] === "'") {
    let name = '';
    for (let j = at + 1; j < text.length; j++) {
      if (text[j] !== "'") name += text[j];
      else if (text[j + 1] === "'") name += text[++j];
      else return text[j + 1] === '!' ? { name, bang: j + 1 } : null;
    }
    return null;
  }
  BARE_SHEET.lastIndex = at;
  const m = BARE_SHEET.exec(text);
  return m ? { name: m[1], bang: at + m[1].length } : null;
}

const BARE_SHEET = /([\p{L}_][\p{L}\p{N}_.]*)!/uy;

/** "Sheet1!A1", "'It''s'!A1:B2" or "A1" -> the sheet it names ("It's"; null when none) and the address after it. */
function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  const named = readSheetName(text, 0);
  if (named) return { sheet: named.name, local: text.slice(named.bang + 1) };
  // Else a name Excel would have quoted, written bare: everything before the last "!".
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { sheet: null, local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** The sheet an address names ("'It''s'!A1" -> "It's"), null when it names none. */
export function sheetOf(address: string): string | null {
  return splitSheet(address).sheet;
}

/** "$B$3" or "B3" -> { row: 3, col: 2 }; null when not one A1 cell within Excel's limits. */
export function parseCell(address: string): CellRef | null {
  const r = parseReference(address);
  return r?.single ? { row: r.rect.top, col: r.rect.left } : null;
}

/** "A9:A17", "Sheet1!A9:A17", "B3", "5:7" or "$F:$F" -> a range; null when unreadable. */
export function parseRange(address: string): RangeRef | null {
  return parseReference(address)?.rect ?? null;
}

/** An address as a whole, its sheet name (if any) left aside; null when it is no reference. */
function parseReference(address: string): Reference | null {
  const { local } = splitSheet(address);
  const r = readReference(local, 0);
  return r && r.end === local.length ? { rect: r.rect, single: r.single } : null;
}

export function formatRange(r: RangeRef): string {
  const a = formatCell(r.top, r.left);
  const b = formatCell(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A reference with every part made absolute: "7:7" -> "$7:$7", "B3:C4" -> "$B$3:$C$4". */
export function absoluteReference(text: string): string {
  const r = readEnds(text, 0);
  if (!r || r.end !== text.length) return text;
  return r.ends.map((e) => (e.col === null ? '' : `$${columnLetters(e.col)}`) + (e.row === null ? '' : `$${e.row}`)).join(':');
}

/** Quotes a sheet name for use in a formula or address: 'Tiêu chí 2023'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A reference (no sheet name) with its relative parts moved by (dRow, dCol), as Excel moves a
 * formula copied to another cell: "A$1" by (1, 1) -> "B$1". "#REF!" when it leaves the sheet.
 */
export function moveReference(text: string, dRow: number, dCol: number): string {
  const r = readEnds(text, 0);
  if (!r || r.end !== text.length) return text;
  const moved = r.ends.map((e) => ({
    ...e,
    col: e.col === null || e.fixedCol ? e.col : e.col + dCol,
    row: e.row === null || e.fixedRow ? e.row : e.row + dRow,
  }));
  const outside = moved.some(
    (e) => (e.col !== null && (e.col < 1 || e.col > EXCEL_COLUMNS)) || (e.row !== null && (e.row < 1 || e.row > EXCEL_ROWS)),
  );
  if (outside) return '#REF!';
  return moved.map(writeEnd).join(':');
}

/**
 * A reference (no sheet name) as Excel rewrites it when `count` rows (or columns) are
 * inserted before `at` (count > 0) or deleted from `at` on (count < 0): every end past
 * the change moves, $ or not; a range losing some of its rows shrinks; "#REF!" when all
 * it names is deleted.
 */
export function adjustReference(text: string, axis: 'row' | 'col', at: number, count: number): string {
  const r = readEnds(text, 0);
  if (!r || r.end !== text.length || count === 0) return text;
  const last = at - count - 1; // the last deleted line (count < 0)
  const [a, b = a] = r.ends;
  const lo = a[axis];
  const hi = b[axis];
  if (lo === null || hi === null) return text;
  let nextLo = lo;
  let nextHi = hi;
  if (count > 0) {
    if (lo >= at) nextLo = lo + count;
    if (hi >= at) nextHi = hi + count;
  } else {
    if (lo >= at && hi <= last) return '#REF!';
    nextLo = lo > last ? lo + count : lo >= at ? at : lo;
    nextHi = hi > last ? hi + count : hi >= at ? at - 1 : hi;
  }
  const moved: End[] = r.ends.map((e, i) => ({ ...e, [axis]: i === 0 ? nextLo : nextHi }));
  return moved.map(writeEnd).join(':');
}
