// A1 addresses: column letters, cells and ranges. 1-based rows and columns.

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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "$B$3" or "B3" -> { row: 3, col: 2 }; null when not an A1 cell address. */
export function parseCell(address: string): CellRef | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "A9:A17", "Sheet1!A9:A17" or "B3" -> a range; null when unreadable. */
export function parseRange(address: string): RangeRef | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.split(':');
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function formatRange(r: RangeRef): string {
  const a = formatCell(r.top, r.left);
  const b = formatCell(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name for use in a formula or address: 'Tiêu chí 2023'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
