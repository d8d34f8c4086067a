// The header of a criteria table: `Thứ tự | Nội dung tiêu chí | Điểm chuẩn | Điểm tự chấm
// | Điểm thẩm định`, with or without a group column (Nhóm lĩnh vực) and an evidence column
// (Căn cứ chấm điểm, Minh chứng, Tài liệu kiểm chứng). One header row, or two where a merged `Điểm` stands over
// `Chuẩn | Tự chấm | Thẩm định`. A table counts only with a cap and a self column, so a
// plan's `TT | Nhiệm vụ | Ghi chú` is never taken for one.
import type { Grid } from '../grid';
import { cellText, fold } from '../text/normalize';
import type { CellValue } from '../types';

export type CriteriaRole = 'order' | 'group' | 'title' | 'basis' | 'guide' | 'cap' | 'self' | 'appraised';

export interface CriteriaColumns {
  order: number | null;
  group: number | null;
  title: number;
  cap: number;
  self: number;
  appraised: number | null;
  /** The evidence column (Căn cứ chấm điểm / Minh chứng): each criterion's basis. */
  basis: number | null;
  /** Columns of descriptive text (basis, notes, any other labelled column). */
  text: number[];
  /** First and last column of the table. */
  left: number;
  right: number;
}

export interface CriteriaHeader {
  /** 1-based sheet row of the (first) header row. */
  row: number;
  /** Its last row: `row + 1` for a two-row header. */
  lastRow: number;
  columns: CriteriaColumns;
}

/** Header cells are looked for in the first columns only: keeps a row O(1) on very wide grids. */
const MAX_HEADER_COLS = 256;
/** A header cell is a short label; longer text is a title or a sentence. */
const MAX_LABEL_LENGTH = 60;

// Folded keys (see fold()): no diacritics, lower case. `d[il1]em` absorbs OCR's Đlểm / Đ1ểm.
const ROLE_PATTERNS: [CriteriaRole, RegExp][] = [
  ['order', /^((s|so) ?)?t ?t$|^(so )?thu tu$/],
  ['self', /\btu (cham|danh gia)\b/],
  [
    'appraised',
    /\b(tham dinh|phe duyet|xet duyet|cap tren cham|khoi cham|kiem tra cham)\b|^(d[il1]em )?duyet$|^(d[il1]em|doan) kiem tra$/,
  ],
  ['cap', /\bd[il1]em (chuan|toi da)\b|^(chuan|toi da)$|\bthang d[il1]em\b/],
  ['group', /^nhom\b|\blinh vuc\b/],
  ['basis', /\bcan cu\b|\bminh chung\b|\bkiem chung\b/],
  // How to score (Hướng dẫn chấm): descriptive text, no evidence.
  ['guide', /\b(huong dan|phuong phap) cham\b/],
  ['title', /\bnoi dung\b|\btieu chi\b|^ten\b|\bchi tieu\b/],
];

/**
 * The cell's own value: blank inside a merged area but for its top-left cell, even when
 * the host spelled the merged value out in every cell (ExcelJS does), so a merged cell
 * is read once.
 */
export function ownValue(grid: Grid, row: number, col: number): CellValue {
  const merge = grid.mergeAt(row, col);
  return merge && (merge.top !== row || merge.left !== col) ? null : grid.raw(row, col);
}

/** The column a header cell names, or null. */
export function criteriaRole(text: string): CriteriaRole | null {
  const key = fold(text);
  if (key === '' || key.length > MAX_LABEL_LENGTH) return null;
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(key)) return role;
  return null;
}

/** The `Điểm` (or `Thang điểm`) that stands over `Chuẩn | Tự chấm | Thẩm định` in a two-row header. */
function isPointsBanner(text: string): boolean {
  return /^(so |thang )?d[il1]em( so| cham)?$/.test(fold(text));
}

interface HeaderRowCells {
  /** Non-empty cells by column. */
  texts: Map<number, string>;
  roles: Map<number, CriteriaRole>;
  hasNumber: boolean;
}

function readHeaderRow(grid: Grid, row: number): HeaderRowCells {
  const texts = new Map<number, string>();
  const roles = new Map<number, CriteriaRole>();
  let hasNumber = false;
  const last = Math.min(grid.right, grid.left + MAX_HEADER_COLS - 1);
  for (let col = grid.left; col <= last; col++) {
    const value = ownValue(grid, row, col);
    if (typeof value === 'number') hasNumber = true;
    const text = cellText(value);
    if (text === '') continue;
    texts.set(col, text);
    const role = criteriaRole(text);
    if (role) roles.set(col, role);
  }
  return { texts, roles, hasNumber };
}

/** Is the row under `top` a sub-header (`Chuẩn | Tự chấm | Thẩm định`) to read with it? */
function isSubHeader(top: HeaderRowCells, sub: HeaderRowCells): boolean {
  if (sub.hasNumber || sub.texts.size === 0) return false;
  let scoreCells = 0;
  for (const [col, text] of sub.texts) {
    const role = sub.roles.get(col);
    if (role === 'cap' || role === 'self' || role === 'appraised') scoreCells++;
    // Anything else must be a header cell too (or the top row's own text, merged down).
    else if (!role && top.texts.get(col) !== text) return false;
  }
  return scoreCells > 0 && [...top.texts.values()].some(isPointsBanner);
}

function buildColumns(roles: Map<number, CriteriaRole>, labelled: Iterable<number>): CriteriaColumns | null {
  const first = new Map<CriteriaRole, number>();
  for (const [col, role] of [...roles].sort((a, b) => a[0] - b[0])) if (!first.has(role)) first.set(role, col);
  const cap = first.get('cap');
  const self = first.get('self');
  if (cap === undefined || self === undefined) return null;
  // Basis, guidance and any other labelled column hold descriptive text.
  const claimed = new Set([...first].filter(([role]) => role !== 'basis' && role !== 'guide').map(([, col]) => col));
  const cols = [...labelled].sort((a, b) => a - b);
  const left = cols[0];
  const right = cols[cols.length - 1];
  // Without a Nội dung column, the first unclaimed column left of the cap stands for it.
  let title = first.get('title');
  for (let col = left; title === undefined && col < cap; col++) if (!claimed.has(col)) title = col;
  if (title === undefined) return null;
  claimed.add(title);
  return {
    order: first.get('order') ?? null,
    group: first.get('group') ?? null,
    title,
    cap,
    self,
    appraised: first.get('appraised') ?? null,
    basis: first.get('basis') ?? null,
    text: cols.filter((col) => !claimed.has(col)),
    left,
    right,
  };
}

/** The criteria header starting on this row, if the row starts one. */
export function criteriaHeaderAt(grid: Grid, row: number): CriteriaHeader | null {
  const top = readHeaderRow(grid, row);
  if (top.texts.size < 2) return null;
  if (row < grid.bottom) {
    const sub = readHeaderRow(grid, row + 1);
    if (isSubHeader(top, sub)) {
      const roles = new Map(top.roles);
      for (const [col, role] of sub.roles) roles.set(col, role);
      const columns = buildColumns(roles, new Set([...top.texts.keys(), ...sub.texts.keys()]));
      if (columns) return { row, lastRow: row + 1, columns };
    }
  }
  const columns = buildColumns(top.roles, top.texts.keys());
  return columns ? { row, lastRow: row, columns } : null;
}

/** The first criteria header in rows from..to (inclusive). */
export function findCriteriaHeader(grid: Grid, from: number, to: number): CriteriaHeader | null {
  for (let row = Math.max(from, grid.top); row <= Math.min(to, grid.bottom); row++) {
    const header = criteriaHeaderAt(grid, row);
    if (header) return header;
  }
  return null;
}

/** Do two headers name the same columns (a header repeated after a page break)? */
export function sameColumns(a: CriteriaColumns, b: CriteriaColumns): boolean {
  return (
    a.order === b.order &&
    a.group === b.group &&
    a.title === b.title &&
    a.cap === b.cap &&
    a.self === b.self &&
    a.appraised === b.appraised
  );
}
