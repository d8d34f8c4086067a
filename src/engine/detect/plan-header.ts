// The header row of a plan table: `TT | Nhiệm vụ … | Ghi chú` (Ghi chú optional),
// with the optional task columns `Thời gian`, `Đơn vị chủ trì`, `Phối hợp` anywhere
// after TT, in any case, with or without diacritics. Tables with score columns (Điểm chuẩn,
// Điểm tự chấm) are criteria tables, never plans.
import type { Grid } from '../grid';
import { fold } from '../text/normalize';

export interface PlanHeader {
  /** 1-based sheet row of the header. */
  row: number;
  ttCol: number;
  textCol: number;
  /** The Ghi chú column, when the table has one. */
  noteCol: number | null;
  /** The time, lead and partners columns (PlanTask's fields of the same names), when the table has them. */
  extraCols: Record<TaskColumn, number | null>;
}

/** The task columns beyond TT, text and note. */
export type TaskColumn = 'time' | 'lead' | 'partners';
export const TASK_COLUMNS: readonly TaskColumn[] = ['time', 'lead', 'partners'];

/** Headers are looked for in the first columns only: keeps each row O(1) on very wide grids. */
const MAX_HEADER_COLS = 60;

/** A header cell is a short label: longer text (a task) is not folded at all, which keeps rows cheap. */
const MAX_LABEL_LENGTH = 80;

function labelKey(text: string): string {
  return text.length > MAX_LABEL_LENGTH ? '' : fold(text);
}

const TT = /^(s?tt|so tt|thu tu)$/;
const TASK = /^(nhiem vu|noi dung cong viec|noi dung nhiem vu|noi dung cong tac|noi dung|cong viec)\b/;
const NOTE = /^ghi chu$/;
const EXTRA: Record<TaskColumn, RegExp> = {
  time: /^(thoi gian( thuc hien| hoan thanh)?|thoi han)$/,
  lead: /^(don vi chu tri|chu tri|don vi thuc hien|bo phan thuc hien|nguoi thuc hien)$/,
  partners: /^(don vi )?phoi hop$/,
};
/** Header words that make a table a criteria table (but "Thời điểm" is a plan's). */
const CRITERIA = /^(so |thang )?diem\b|\bdiem (chuan|tu cham|tham dinh|toi da)\b|\btieu chi\b/;

export function isTtHeader(text: string): boolean {
  return TT.test(labelKey(text));
}

export function isTaskHeader(text: string): boolean {
  const key = labelKey(text);
  return TASK.test(key) && !CRITERIA.test(key);
}

export function isNoteHeader(text: string): boolean {
  return NOTE.test(labelKey(text));
}

function extraColumn(text: string): TaskColumn | null {
  const key = labelKey(text);
  return TASK_COLUMNS.find((c) => EXTRA[c].test(key)) ?? null;
}

/** The plan header on this row, if the row is one. */
export function planHeaderAt(grid: Grid, row: number): PlanHeader | null {
  const last = Math.min(grid.right, grid.left + MAX_HEADER_COLS - 1);
  let ttCol = 0;
  let textCol = 0;
  let noteCol: number | null = null;
  const extraCols: Record<TaskColumn, number | null> = { time: null, lead: null, partners: null };
  for (let col = grid.left; col <= last; col++) {
    const text = grid.text(row, col);
    if (text === '') continue;
    if (CRITERIA.test(labelKey(text))) return null;
    if (!ttCol && isTtHeader(text)) ttCol = col;
    else if (ttCol && !textCol && isTaskHeader(text)) textCol = col;
    else if (textCol && noteCol === null && isNoteHeader(text)) noteCol = col;
    else if (ttCol) {
      const extra = extraColumn(text);
      if (extra && extraCols[extra] === null) extraCols[extra] = col;
    }
  }
  return ttCol && textCol ? { row, ttCol, textCol, noteCol, extraCols } : null;
}

/** The first plan header in rows from..to (inclusive). */
export function findPlanHeader(grid: Grid, from: number, to: number): PlanHeader | null {
  for (let row = Math.max(from, grid.top); row <= Math.min(to, grid.bottom); row++) {
    const header = planHeaderAt(grid, row);
    if (header) return header;
  }
  return null;
}

/** Is this row the table's header again (a page break of a pasted document)? */
export function repeatsHeader(grid: Grid, row: number, header: PlanHeader): boolean {
  return isTtHeader(grid.text(row, header.ttCol)) && isTaskHeader(grid.text(row, header.textCol));
}
