// The monthly plan sheet as data, laid out as an administrative document (Nghị định
// 30/2020 Phụ lục I; Quyết định 933/QĐ-TLĐ Điều 17): the issuing body and the national
// motto, number and date, title and subject, the task table with empty rows to add
// more, Nơi nhận beside the signature block. Both writers render it.
import { tasksOfMonth } from '../plan';
import { fold } from '../text/normalize';
import type { Lang, PlanSettings, PlanSheet, PlanTask, SheetSpec } from '../types';
import { PLAN_LABELS, type DocumentDate } from './labels';
import { PLAN_LAYOUTS, PLAN_MARGINS, columnEdges, columnPixels, ruleUnder, type ColumnSpan, type PlanLayout } from './layout';
import { UNDERSCORE_EM, lineHeight, linesNeeded, rowHeight, textPixels } from './measure';
import { SpecBuilder } from './spec-builder';
import { PLAN_STYLES, type PlanStyle } from './styles';

export interface MonthlyPlanOptions {
  month: number;
  year: number;
  tasks: PlanTask[];
  /** Complete settings (see resolvePlanSettings). */
  settings: PlanSettings;
  lang?: Lang;
  /** The document's date; without one the date line leaves day, month and year to be written in. */
  date?: DocumentDate | null;
  /** Empty bordered rows after the tasks, to add more (default 5). */
  blankRows?: number;
}

/** The table's columns: TT, then the task fields in the order of PLAN_LABELS.columns (F, Kết quả thực hiện, is left to fill). */
const TASK_FIELDS: [col: number, field: 'text' | 'lead' | 'partners' | 'time' | 'note'][] = [
  [2, 'text'],
  [3, 'lead'],
  [4, 'partners'],
  [5, 'time'],
  [7, 'note'],
];
const COLS = 7;
const ROW = { superior: 1, unit: 2, rules: 3, number: 4, title: 6, subject: 7, subjectRule: 8 } as const;
export const PLAN_HEADER_ROW = 10;
const DEFAULT_BLANK_ROWS = 5;
/** Rows left empty between the signer's title and name, to sign and stamp. */
const SIGNING_ROWS = 4;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;
/** Nghị định 30: the rule under the unit and the subject is 1/3 to 1/2 of the line; under the motto, as long as it. */
const SHORT = { min: 0.3, target: 0.42, max: 0.6 };
const FULL = { min: 0.7, target: 1, max: 1.1 };

const style = (name: PlanStyle) => name;
const size = (name: PlanStyle): number => PLAN_STYLES[name].fontSize ?? 13;

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

class PlanSheetWriter {
  readonly b = new SpecBuilder();
  private readonly edges: number[];

  constructor(readonly layout: PlanLayout) {
    this.edges = columnEdges(layout.widths);
  }

  private pixels(block: ColumnSpan): number {
    return this.edges[block[1]] - this.edges[block[0] - 1];
  }

  /** Centred text over a block, its row tall enough for it to wrap. */
  text(row: number, block: ColumnSpan, text: string, name: PlanStyle): void {
    this.b.span(row, block[0], block[1], text, name);
    const height = lineHeight(linesNeeded(text, size(name), this.pixels(block)), size(name));
    this.b.heightAtLeast(row, height);
  }

  /** The short rule under `text`, in `row`: a bottom border where columns allow, else underscores. */
  rule(row: number, block: ColumnSpan, text: string, name: PlanStyle, share: typeof SHORT): void {
    const underscorePx = (UNDERSCORE_EM * size('ruleText') * 4) / 3;
    const rule = ruleUnder(this.layout.widths, block, textPixels(text, size(name)), share, underscorePx);
    if ('from' in rule) this.b.span(row, rule.from, rule.to, null, style('rule'));
    else this.b.span(row, block[0], block[1], '_'.repeat(rule.underscores), style('ruleText'));
    this.b.heightAtLeast(row, 'from' in rule ? 4 : 12);
  }
}

function header(w: PlanSheetWriter, opts: MonthlyPlanOptions): void {
  const words = PLAN_LABELS[opts.lang ?? 'vi'];
  const { settings } = opts;
  const { left, right } = w.layout;
  const unit = settings.unit.toUpperCase();
  w.text(ROW.superior, left, settings.superior.toUpperCase(), style('superior'));
  w.text(ROW.unit, left, unit, style('unit'));
  w.rule(ROW.rules, left, unit, style('unit'), SHORT);
  w.text(ROW.number, left, words.number(settings.abbreviation || '…'), style('number'));
  w.text(ROW.superior, right, words.nation, style('nation'));
  w.text(ROW.unit, right, words.motto, style('motto'));
  w.rule(ROW.rules, right, words.motto, style('motto'), FULL);
  w.text(ROW.number, right, words.dateLine(settings.place, opts.date ?? null), style('date'));
  w.b.height(ROW.number + 1, 10);
  const all: ColumnSpan = [1, COLS];
  const subject = words.subject(opts.month, opts.year);
  w.text(ROW.title, all, words.title, style('title'));
  w.text(ROW.subject, all, subject, style('subject'));
  w.rule(ROW.subjectRule, all, subject, style('subject'), SHORT);
  w.b.height(ROW.subjectRule + 1, 10);
}

function taskRow(w: PlanSheetWriter, row: number, task: PlanTask | null): void {
  const order = task?.order ?? '';
  if (/^\d+$/.test(order)) w.b.put(row, 1, Number(order), style('order'));
  else w.b.put(row, 1, order === '' ? null : order, style('orderText'));
  const values = new Map(TASK_FIELDS.map(([col, field]) => [col, task?.[field].slice(0, MAX_CELL_CHARS) ?? '']));
  for (let col = 2; col <= COLS; col++) w.b.put(row, col, values.get(col) || null, style('text'));
  if (task) {
    const cells = [...values].map(([col, text]) => ({ text, pixels: columnPixels(w.layout.widths[col - 1]) }));
    w.b.height(row, rowHeight(cells, size('text')));
  }
}

/** Each recipient on its line, the archive line (`- Lưu: VT, …`) last. */
function recipientLines(recipients: string, archiveLine: string): string[] {
  const entries = lines(recipients);
  const archive = entries.findIndex((l) => /^luu\b/.test(fold(l)));
  if (archive < 0) return [...entries, archiveLine];
  return [...entries.filter((_, i) => i !== archive), entries[archive]];
}

/** Nơi nhận on the left, the signer on the right, from `top` down. */
function signatureBlock(w: PlanSheetWriter, top: number, opts: MonthlyPlanOptions): void {
  const words = PLAN_LABELS[opts.lang ?? 'vi'];
  const { layout } = w;
  const left = [words.recipientsLabel, ...recipientLines(opts.settings.recipients, words.archive)];
  const title = lines(opts.settings.signerTitle).map((l) => l.toUpperCase());
  const right = [...title, ...Array<string>(SIGNING_ROWS).fill(''), opts.settings.signerName.trim()];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (i < left.length)
      w.b.span(top + i, layout.left[0], layout.left[1], left[i], style(i === 0 ? 'recipientsLabel' : 'recipient'));
    if (right[i]) w.b.span(top + i, layout.right[0], layout.right[1], right[i], style('signer'));
    w.b.height(top + i, 19);
  }
}

/** The monthly plan sheet for one month, filled with that month's tasks in order. */
export function buildMonthlyPlanSheet(opts: MonthlyPlanOptions): SheetSpec {
  const orientation = opts.settings.orientation;
  const layout = PLAN_LAYOUTS[orientation];
  const w = new PlanSheetWriter(layout);
  header(w, opts);
  const columns = PLAN_LABELS[opts.lang ?? 'vi'].columns;
  columns.forEach((label, i) => w.b.put(PLAN_HEADER_ROW, i + 1, label, style('header')));
  const headerCells = columns.map((text, i) => ({ text, pixels: columnPixels(layout.widths[i]) }));
  w.b.height(PLAN_HEADER_ROW, rowHeight(headerCells, size('header')));
  let row = PLAN_HEADER_ROW + 1;
  for (const task of opts.tasks) taskRow(w, row++, task);
  const blank = Math.max(0, Math.floor(opts.blankRows ?? DEFAULT_BLANK_ROWS));
  for (let i = 0; i < blank; i++) taskRow(w, row++, null);
  signatureBlock(w, row + 1, opts);
  return {
    name: planSheetName(opts.month, opts.year),
    columnWidths: [...layout.widths],
    rowHeights: w.b.rowHeights,
    cells: w.b.cells,
    merges: w.b.merges,
    styles: { ...PLAN_STYLES },
    print: {
      orientation,
      paperSize: 'A4',
      fitToWidth: true,
      titleRows: `${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW}`,
      margins: { ...PLAN_MARGINS },
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
  date?: DocumentDate | null;
  blankRows?: number;
}

/** All twelve monthly sheets in one go, months 1 to 12. */
export function buildYearPlanSheets(opts: YearPlanOptions): SheetSpec[] {
  return Array.from({ length: 12 }, (_, i) =>
    buildMonthlyPlanSheet({ ...opts, month: i + 1, tasks: opts.plan ? tasksOfMonth(opts.plan, i + 1) : [] }),
  );
}
