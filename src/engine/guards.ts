// Excel's own guards on the score cells, described as data: data validation
// (a decimal between 0 and the row's cap cell, stop alert, input prompt) and a
// conditional format marking a score above its cap, below zero or stored as text.
// Contiguous score cells share one rule (row-relative cap reference), so a
// 10,000-row table needs one call per run of criteria rows, not per cell.
import { columnLetters, formatCell, formatRange, parseCell } from './address';
import { rectanglesByKey } from './rectangles';
import type { CriteriaSheet } from './types';

export const GUARD_FILL = '#FFC7CE';
export const GUARD_FONT_COLOR = '#9C0006';

/** One self or appraised score cell with the cap cell it must not exceed. */
export interface ScoreCell {
  sheet: string;
  row: number;
  col: number;
  capRow: number;
  capCol: number;
  cap: number;
}

export interface ValidationGuard {
  sheet: string;
  /** e.g. "F9:G17". */
  address: string;
  /** Lower bound: 0. */
  formula1: number;
  /** The cap cell: "=$E$9" for one row, "=$E9" (row-relative, from the range's first row) for several. */
  formula2: string;
  errorTitle: string;
  errorMessage: string;
  promptTitle: string;
  promptMessage: string;
  /** Score cells covered. */
  cells: number;
}

export interface HighlightGuard {
  sheet: string;
  /** One score column from its first to its last criterion row, e.g. "F9:F500". */
  address: string;
  /** Custom rule relative to the range's top-left cell. */
  formula: string;
  fill: string;
  fontColor: string;
}

export interface GuardPlan {
  validations: ValidationGuard[];
  highlights: HighlightGuard[];
}

/** Every score cell of every criterion that has a numeric cap (a missing cap is the engine's CAP_MISSING). */
export function scoreCells(criteria: CriteriaSheet[]): ScoreCell[] {
  const out: ScoreCell[] = [];
  for (const sheet of criteria) {
    for (const section of sheet.sections) {
      for (const group of section.groups) {
        for (const c of group.criteria) {
          const cap = parseCell(c.capCell);
          if (c.cap === null || !cap) continue;
          for (const address of [c.selfCell, c.appraisedCell]) {
            const at = address ? parseCell(address) : null;
            if (at) out.push({ sheet: sheet.sheet, row: at.row, col: at.col, capRow: cap.row, capCol: cap.col, cap: c.cap });
          }
        }
      }
    }
  }
  return out;
}

const SEP = '\u0000';

function groupKey(c: ScoreCell): string {
  return [c.sheet, c.capCol, c.capRow - c.row].join(SEP);
}

function capText(n: number): string {
  return String(n).replace('.', ',');
}

function validationFor(
  sheet: string,
  top: number,
  bottom: number,
  left: number,
  right: number,
  capCol: number,
  offset: number,
  caps: number[],
): ValidationGuard {
  const col = columnLetters(capCol);
  const single = top === bottom;
  const capCell = formatCell(top + offset, capCol);
  const uniform = caps.every((c) => c === caps[0]) ? caps[0] : null;
  const where = single ? `ô ${capCell}` : `cột ${col} cùng hàng`;
  const whereEn = single ? capCell : `column ${col}, same row`;
  return {
    sheet,
    address: formatRange({ top, bottom, left, right }),
    formula1: 0,
    formula2: single ? `=$${col}$${top + offset}` : `=$${col}${top + offset}`,
    errorTitle: 'Điểm không hợp lệ',
    errorMessage: `Điểm phải từ 0 đến điểm chuẩn (${where}). Score must be from 0 to the cap (${whereEn}).`,
    promptTitle: 'Điểm chuẩn / Cap',
    promptMessage:
      uniform === null
        ? `Nhập điểm từ 0 đến điểm chuẩn (${where}). Enter 0 to the cap (${whereEn}).`
        : `Nhập điểm từ 0 đến ${capText(uniform)} (điểm chuẩn, ${where}). Enter 0 to ${uniform} (cap, ${whereEn}).`,
    cells: (bottom - top + 1) * (right - left + 1),
  };
}

/** `=AND(ISNUMBER($E9),OR(AND(ISNUMBER(F9),OR(F9>$E9,F9<0)),ISTEXT(F9)))`: only rows with a numeric cap are marked. */
export function highlightFormula(scoreCell: string, capCell: string): string {
  const at = parseCell(capCell)!;
  const cap = `$${columnLetters(at.col)}${at.row}`;
  const s = scoreCell;
  return `=AND(ISNUMBER(${cap}),OR(AND(ISNUMBER(${s}),OR(${s}>${cap},${s}<0)),ISTEXT(${s})))`;
}

export function planGuards(cells: ScoreCell[]): GuardPlan {
  const capsAt = new Map<string, number>();
  for (const c of cells) capsAt.set(`${groupKey(c)}${SEP}${c.row}`, c.cap);
  const validations = rectanglesByKey(cells.map((c) => ({ row: c.row, col: c.col, key: groupKey(c) }))).map(({ key, rect }) => {
    const [sheet, capCol, offset] = key.split(SEP);
    const caps: number[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) caps.push(capsAt.get(`${key}${SEP}${r}`)!);
    return validationFor(sheet, rect.top, rect.bottom, rect.left, rect.right, Number(capCol), Number(offset), caps);
  });

  const spans = new Map<string, { sheet: string; col: number; capCol: number; offset: number; top: number; bottom: number }>();
  for (const c of cells) {
    const key = [groupKey(c), c.col].join(SEP);
    const s = spans.get(key);
    if (s) {
      s.top = Math.min(s.top, c.row);
      s.bottom = Math.max(s.bottom, c.row);
    } else spans.set(key, { sheet: c.sheet, col: c.col, capCol: c.capCol, offset: c.capRow - c.row, top: c.row, bottom: c.row });
  }
  const highlights = [...spans.values()].map((s) => ({
    sheet: s.sheet,
    address: formatRange({ top: s.top, bottom: s.bottom, left: s.col, right: s.col }),
    formula: highlightFormula(formatCell(s.top, s.col), formatCell(s.top + s.offset, s.capCol)),
    fill: GUARD_FILL,
    fontColor: GUARD_FONT_COLOR,
  }));
  return { validations, highlights };
}
