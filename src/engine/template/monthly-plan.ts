// The monthly plan sheet as data (issue 4): header block, title, the task table
// with empty rows to add more, and the signature block. Both writers render it.
import { tasksOfMonth } from '../plan';
import type { Lang, PlanSettings, PlanSheet, PlanTask, SheetSpec } from '../types';
import { PLAN_LABELS } from './labels';
import { SpecBuilder, wrappedRowHeight } from './spec-builder';
import { PLAN_STYLES, type PlanStyle } from './styles';

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
  unit: 'CÔNG ĐOÀN …',
  place: 'Hà Nội',
  signerTitle: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
  signerName: '',
};

export interface MonthlyPlanOptions {
  month: number;
  year: number;
  tasks: PlanTask[];
  settings: PlanSettings;
  lang?: Lang;
  /** Empty bordered rows after the tasks, to add more (default 5). */
  blankRows?: number;
}

/** TT | Nội dung công việc | Đơn vị chủ trì | Phối hợp | Thời gian hoàn thành | Kết quả thực hiện | Ghi chú: ~132 characters, A4 landscape. */
export const PLAN_COLUMN_WIDTHS = [6, 52, 16, 16, 14, 16, 12];
const COLS = PLAN_COLUMN_WIDTHS.length;
const TEXT_COL = 2;
const NOTE_COL = 7;
/** Left block A:C, right block D:G of the header and signature. */
const LEFT = [1, 3] as const;
const RIGHT = [4, 7] as const;
const TITLE_ROW = 5;
export const PLAN_HEADER_ROW = 7;
const DEFAULT_BLANK_ROWS = 5;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;

const style = (name: PlanStyle) => name;

/** "KH T04-2024": the wanted sheet name; the writer makes it unique. */
export function planSheetName(month: number, year: number): string {
  return `KH T${String(month).padStart(2, '0')}-${year}`;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function headerBlock(b: SpecBuilder, opts: MonthlyPlanOptions): void {
  const words = PLAN_LABELS[opts.lang ?? 'vi'];
  const { settings } = opts;
  b.span(1, LEFT[0], LEFT[1], settings.superior.toUpperCase(), style('superior'));
  b.span(2, LEFT[0], LEFT[1], settings.unit.toUpperCase(), style('unit'));
  b.span(1, RIGHT[0], RIGHT[1], words.nation, style('nation'));
  b.span(2, RIGHT[0], RIGHT[1], words.motto, style('motto'));
  b.span(3, RIGHT[0], RIGHT[1], words.dateLine(settings.place, opts.month, opts.year), style('date'));
  b.span(TITLE_ROW, 1, COLS, words.title(opts.month, opts.year), style('title'));
  b.height(TITLE_ROW, 24);
}

function taskRow(b: SpecBuilder, row: number, task: PlanTask | null): void {
  const order = task?.order ?? '';
  if (/^\d+$/.test(order)) b.put(row, 1, Number(order), style('order'));
  else b.put(row, 1, order === '' ? null : order, style('orderText'));
  for (let col = TEXT_COL; col <= COLS; col++) {
    const value = col === TEXT_COL ? task?.text : col === NOTE_COL ? task?.note : '';
    b.put(row, col, value ? value.slice(0, MAX_CELL_CHARS) : null, style('text'));
  }
  if (task) {
    b.height(
      row,
      wrappedRowHeight([
        { text: task.text, width: PLAN_COLUMN_WIDTHS[TEXT_COL - 1] },
        { text: task.note, width: PLAN_COLUMN_WIDTHS[NOTE_COL - 1] },
      ]),
    );
  }
}

/** Nơi nhận on the left, the signer on the right; returns nothing, fills rows from `top`. */
function signatureBlock(b: SpecBuilder, top: number, opts: MonthlyPlanOptions): void {
  const words = PLAN_LABELS[opts.lang ?? 'vi'];
  const left = [words.recipientsLabel, ...words.recipients];
  const right = [...lines(opts.settings.signerTitle), '', '', '', opts.settings.signerName.trim()];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (i < left.length) b.span(top + i, LEFT[0], LEFT[1], left[i], style(i === 0 ? 'recipientsLabel' : 'recipient'));
    if (right[i]) b.span(top + i, RIGHT[0], RIGHT[1], right[i], style('signer'));
  }
}

/** The monthly plan sheet for one month, filled with that month's tasks in order. */
export function buildMonthlyPlanSheet(opts: MonthlyPlanOptions): SheetSpec {
  const b = new SpecBuilder();
  headerBlock(b, opts);
  PLAN_LABELS[opts.lang ?? 'vi'].columns.forEach((label, i) => b.put(PLAN_HEADER_ROW, i + 1, label, style('header')));
  b.height(
    PLAN_HEADER_ROW,
    wrappedRowHeight([{ text: PLAN_LABELS[opts.lang ?? 'vi'].columns[4], width: PLAN_COLUMN_WIDTHS[4] }]),
  );
  let row = PLAN_HEADER_ROW + 1;
  for (const task of opts.tasks) taskRow(b, row++, task);
  const blank = Math.max(0, Math.floor(opts.blankRows ?? DEFAULT_BLANK_ROWS));
  for (let i = 0; i < blank; i++) taskRow(b, row++, null);
  signatureBlock(b, row + 1, opts);
  return {
    name: planSheetName(opts.month, opts.year),
    columnWidths: [...PLAN_COLUMN_WIDTHS],
    rowHeights: b.rowHeights,
    cells: b.cells,
    merges: b.merges,
    styles: { ...PLAN_STYLES },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      titleRows: `${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
    },
    freezeRows: PLAN_HEADER_ROW,
  };
}

export interface YearPlanOptions {
  /** The workbook's plan table; null for blank templates. */
  plan: PlanSheet | null;
  year: number;
  settings: PlanSettings;
  lang?: Lang;
  blankRows?: number;
}

/** All twelve monthly sheets in one go, months 1 to 12. */
export function buildYearPlanSheets(opts: YearPlanOptions): SheetSpec[] {
  return Array.from({ length: 12 }, (_, i) =>
    buildMonthlyPlanSheet({ ...opts, month: i + 1, tasks: opts.plan ? tasksOfMonth(opts.plan, i + 1) : [] }),
  );
}
