// Excel's own guards on the score cells, described as data: data validation
// (a decimal between 0 and the row's cap cell, stop alert, input prompt) and a
// conditional format marking a score above its cap, below zero or stored as text.
// A penalty cell takes a deduction in either sign (-cap..cap): 2 and -2 both deduct 2.
// Contiguous score cells of one kind share one rule (row-relative cap reference), so a
// 10,000-row table needs one call per run of criteria rows, not per cell. The alert and
// the prompt speak the pane's language, within Excel's limits on their length.
import { columnLetters, formatCell, formatRange, parseCell } from './address';
import { rectanglesByKey } from './rectangles';
import type { CriteriaSheet, Lang, ScoreKind } from './types';

const GUARD_FILL = '#FFC7CE';
const GUARD_FONT_COLOR = '#9C0006';

/** One self or appraised score cell with the cap cell it must not exceed. */
export interface ScoreCell {
  sheet: string;
  row: number;
  col: number;
  capRow: number;
  capCol: number;
  cap: number;
  kind: ScoreKind;
}

export interface ValidationGuard {
  sheet: string;
  /** e.g. "F9:G17". */
  address: string;
  /** Lower bound: 0, or the cap cell negated for deductions ("=-$E9"). */
  formula1: number | string;
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
            if (at)
              out.push({
                sheet: sheet.sheet,
                row: at.row,
                col: at.col,
                capRow: cap.row,
                capCol: cap.col,
                cap: c.cap,
                kind: group.kind,
              });
          }
        }
      }
    }
  }
  return out;
}

const SEP = '\u0000';

function groupKey(c: ScoreCell): string {
  return [c.sheet, c.capCol, c.capRow - c.row, c.kind].join(SEP);
}

/** Excel's limits on a validation's texts: it refuses longer ones, and the whole guard with them. */
export const GUARD_TEXT_LIMITS = { promptTitle: 32, promptMessage: 255, errorTitle: 32, errorMessage: 225 } as const;

interface GuardWords {
  errorTitle: string;
  /** The stop alert: what the cell accepts. */
  error: (where: string) => string;
  promptTitle: string;
  /** The input prompt, with the cap when the whole range shares one. */
  prompt: (where: string, cap: string | null) => string;
}

const WORDS: Record<
  Lang,
  { single: (cell: string) => string; column: (col: string) => string; kinds: Record<ScoreKind, GuardWords> }
> = {
  vi: {
    single: (cell) => `ô ${cell}`,
    column: (col) => `cột ${col} cùng hàng`,
    kinds: {
      base: {
        errorTitle: 'Điểm không hợp lệ',
        error: (w) => `Điểm phải là số từ 0 đến điểm chuẩn (${w}).`,
        promptTitle: 'Điểm chuẩn',
        prompt: (w, cap) =>
          cap === null ? `Nhập điểm từ 0 đến điểm chuẩn (${w}).` : `Nhập điểm từ 0 đến ${cap} (điểm chuẩn, ${w}).`,
      },
      bonus: {
        errorTitle: 'Điểm thưởng không hợp lệ',
        error: (w) => `Điểm thưởng phải là số từ 0 đến mức tối đa (${w}).`,
        promptTitle: 'Điểm thưởng',
        prompt: (w, cap) => `Nhập điểm thưởng từ 0 đến ${cap ?? 'mức tối đa'} (${w}).`,
      },
      penalty: {
        errorTitle: 'Điểm trừ không hợp lệ',
        error: (w) => `Điểm trừ không được quá mức trừ tối đa (${w}); ghi 2 hay -2 đều là trừ 2 điểm.`,
        promptTitle: 'Điểm trừ',
        prompt: (w, cap) => `Nhập số điểm bị trừ, tối đa ${cap ?? 'mức trừ tối đa'} (${w}); ghi 2 hay -2 đều được.`,
      },
    },
  },
  en: {
    single: (cell) => `cell ${cell}`,
    column: (col) => `column ${col}, same row`,
    kinds: {
      base: {
        errorTitle: 'Invalid score',
        error: (w) => `The score must be a number from 0 to the cap (${w}).`,
        promptTitle: 'Cap',
        prompt: (w, cap) =>
          cap === null ? `Enter a score from 0 to the cap (${w}).` : `Enter a score from 0 to ${cap} (the cap, ${w}).`,
      },
      bonus: {
        errorTitle: 'Invalid bonus points',
        error: (w) => `Bonus points must be a number from 0 to the most allowed (${w}).`,
        promptTitle: 'Bonus points',
        prompt: (w, cap) => `Enter bonus points from 0 to ${cap ?? 'the most allowed'} (${w}).`,
      },
      penalty: {
        errorTitle: 'Invalid deduction',
        error: (w) => `A deduction may not exceed the most deductible (${w}); 2 and -2 both deduct 2 points.`,
        promptTitle: 'Penalty points',
        prompt: (w, cap) => `Enter the points deducted, at most ${cap ?? 'the most deductible'} (${w}); 2 or -2 both work.`,
      },
    },
  },
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The guard with its texts cut to Excel's limits (never hit by the add-in's words; a safety net for long numbers). */
export function withinExcelLimits<
  T extends Pick<ValidationGuard, 'promptTitle' | 'promptMessage' | 'errorTitle' | 'errorMessage'>,
>(v: T): T {
  const L = GUARD_TEXT_LIMITS;
  return {
    ...v,
    promptTitle: clip(v.promptTitle, L.promptTitle),
    promptMessage: clip(v.promptMessage, L.promptMessage),
    errorTitle: clip(v.errorTitle, L.errorTitle),
    errorMessage: clip(v.errorMessage, L.errorMessage),
  };
}

function capText(n: number, lang: Lang): string {
  return lang === 'vi' ? String(n).replace('.', ',') : String(n);
}

interface ValidationArea {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  capCol: number;
  offset: number;
  kind: ScoreKind;
}

function validationFor(a: ValidationArea, caps: number[], lang: Lang): ValidationGuard {
  const col = columnLetters(a.capCol);
  const single = a.top === a.bottom;
  const words = WORDS[lang];
  const where = single ? words.single(formatCell(a.top + a.offset, a.capCol)) : words.column(col);
  const uniform = caps.every((c) => c === caps[0]) ? capText(caps[0], lang) : null;
  const capRef = single ? `$${col}$${a.top + a.offset}` : `$${col}${a.top + a.offset}`;
  const kind = words.kinds[a.kind];
  return {
    sheet: a.sheet,
    address: formatRange(a),
    formula1: a.kind === 'penalty' ? `=-${capRef}` : 0,
    formula2: `=${capRef}`,
    ...withinExcelLimits({
      errorTitle: kind.errorTitle,
      errorMessage: kind.error(where),
      promptTitle: kind.promptTitle,
      promptMessage: kind.prompt(where, uniform),
    }),
    cells: (a.bottom - a.top + 1) * (a.right - a.left + 1),
  };
}

/**
 * `=AND(ISNUMBER($E9),OR(AND(ISNUMBER(F9),OR(F9>$E9,F9<0)),ISTEXT(F9)))`: only rows with a
 * numeric cap are marked; a deduction is marked when it is beyond its cap in either sign.
 */
export function highlightFormula(scoreCell: string, capCell: string, kind: ScoreKind = 'base'): string {
  const at = parseCell(capCell)!;
  const cap = `$${columnLetters(at.col)}${at.row}`;
  const s = scoreCell;
  const wrong = kind === 'penalty' ? `ABS(${s})>${cap}` : `OR(${s}>${cap},${s}<0)`;
  return `=AND(ISNUMBER(${cap}),OR(AND(ISNUMBER(${s}),${wrong}),ISTEXT(${s})))`;
}

export function planGuards(cells: ScoreCell[], lang: Lang): GuardPlan {
  const capsAt = new Map<string, number>();
  for (const c of cells) capsAt.set(`${groupKey(c)}${SEP}${c.row}`, c.cap);
  const validations = rectanglesByKey(cells.map((c) => ({ row: c.row, col: c.col, key: groupKey(c) }))).map(({ key, rect }) => {
    const [sheet, capCol, offset, kind] = key.split(SEP);
    const caps: number[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) caps.push(capsAt.get(`${key}${SEP}${r}`)!);
    const area = { sheet, ...rect, capCol: Number(capCol), offset: Number(offset), kind: kind as ScoreKind };
    return validationFor(area, caps, lang);
  });

  // One span per run of a column's score cells of one kind: a base span never covers deductions below it.
  const sheetOrder = new Map<string, number>();
  for (const c of cells) if (!sheetOrder.has(c.sheet)) sheetOrder.set(c.sheet, sheetOrder.size);
  const ordered = [...cells].sort(
    (a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || a.col - b.col || a.row - b.row,
  );
  const spans: {
    key: string;
    sheet: string;
    col: number;
    capCol: number;
    offset: number;
    top: number;
    bottom: number;
    kind: ScoreKind;
  }[] = [];
  for (const c of ordered) {
    const key = [groupKey(c), c.col].join(SEP);
    const last = spans[spans.length - 1];
    if (last?.key === key) last.bottom = c.row;
    else
      spans.push({
        key,
        sheet: c.sheet,
        col: c.col,
        capCol: c.capCol,
        offset: c.capRow - c.row,
        top: c.row,
        bottom: c.row,
        kind: c.kind,
      });
  }
  const highlights = spans.map((s) => ({
    sheet: s.sheet,
    address: formatRange({ top: s.top, bottom: s.bottom, left: s.col, right: s.col }),
    formula: highlightFormula(formatCell(s.top, s.col), formatCell(s.top + s.offset, s.capCol), s.kind),
    fill: GUARD_FILL,
    fontColor: GUARD_FONT_COLOR,
  }));
  return { validations, highlights };
}
