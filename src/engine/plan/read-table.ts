// One plan table, from its header row down: key tasks, then months and their tasks.
import { isTtHeader, repeatsHeader, TASK_COLUMNS, type PlanHeader } from '../detect/plan-header';
import type { Grid } from '../grid';
import { htmlToLines } from '../text/html';
import type { Finding, PlanMonth, PlanSheet, PlanTask } from '../types';
import { continuesSentence, joinContinuation, joinLines } from './join';
import { isBullet, isColumnNumbering, isFootnote, monthMarker, taskOrder, yearInTitle, type MonthMarker } from './markers';

export interface PlanTableReading {
  plan: PlanSheet;
  findings: Finding[];
  /** Last sheet row that belongs to the table (a footnote, the row above another table's header, or the grid's end). */
  end: number;
}

/** Rows above the header searched for a title naming the year. */
const TITLE_ROWS = 30;
const TITLE_COLS = 60;

/** The cell's text if it is the top-left cell of its merge (or not merged); "" for the rest of a merge. */
function ownText(grid: Grid, row: number, col: number): string {
  const m = grid.mergeAt(row, col);
  return m && (m.top !== row || m.left !== col) ? '' : grid.text(row, col);
}

/** What a row holds beside its TT: the task's own fields, as plain lines. */
type RowText = Omit<PlanTask, 'row' | 'order'>;
type ColumnField = keyof RowText;
const FIELDS: readonly ColumnField[] = ['text', 'note', ...TASK_COLUMNS];

function columnOf(header: PlanHeader, field: ColumnField): number | null {
  return field === 'text' ? header.textCol : field === 'note' ? header.noteCol : header.extraCols[field];
}

function rowText(grid: Grid, row: number, header: PlanHeader): RowText {
  const cells = {} as RowText;
  for (const field of FIELDS) {
    const col = columnOf(header, field);
    cells[field] = col === null ? '' : htmlToLines(ownText(grid, row, col));
  }
  return cells;
}

/** Is the TT cell part of a merge that began on an earlier row of the table? */
function ttMergedFrom(grid: Grid, row: number, col: number): number | null {
  const m = grid.mergeAt(row, col);
  return m && m.top < row ? m.top : null;
}

function titleYear(grid: Grid, header: PlanHeader): number | null {
  const last = Math.min(grid.right, grid.left + TITLE_COLS - 1);
  for (let row = header.row; row >= Math.max(grid.top, header.row - TITLE_ROWS); row--) {
    for (let col = grid.left; col <= last; col++) {
      const year = yearInTitle(ownText(grid, row, col));
      if (year !== null) return year;
    }
  }
  return null;
}

class PlanTableReader {
  private readonly keyTasks: PlanTask[] = [];
  private readonly months: PlanMonth[] = [];
  private readonly findings: Finding[] = [];
  private month: PlanMonth | null = null;
  private task: PlanTask | null = null;
  /** The current task has no TT of its own (neither number nor bullet). */
  private looseTask = false;
  /** Last row the current task took text from. */
  private taskLastRow = 0;
  /** How many month markers name each year. */
  private readonly markerYears = new Map<number, number>();
  private headingYear: number | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly header: PlanHeader,
  ) {}

  read(): PlanTableReading {
    const { grid, header } = this;
    let end = grid.bottom;
    for (let row = header.row + 1; row <= grid.bottom; row++) {
      const next = this.readRow(row);
      if (next !== 'next') {
        end = next === 'ends-above' ? row - 1 : row;
        break;
      }
    }
    return { plan: this.result(), findings: this.findings, end };
  }

  /** 'end': the row closes the table (a footnote); 'ends-above': the row starts another table. */
  private readRow(row: number): 'next' | 'end' | 'ends-above' {
    const { grid, header } = this;
    const tt = ownText(grid, row, header.ttCol);
    const cells = rowText(grid, row, header);
    const { text } = cells;
    if (tt === '' && FIELDS.every((f) => cells[f] === '')) return 'next';

    if (isColumnNumbering(tt, text)) return 'next';
    if (repeatsHeader(grid, row, header)) {
      this.finding('REPEATED_HEADER', grid.address(row, header.ttCol), { row });
      return 'next';
    }
    if (isTtHeader(tt)) return 'ends-above';
    if (isFootnote(tt) || (tt === '' && isFootnote(text))) return 'end';

    const textMarker = monthMarker(text);
    const marker = textMarker ?? monthMarker(tt);
    if (marker) {
      this.startMonth(marker, row);
      // A month named in the TT column may have its first task beside it.
      if (!textMarker && text !== '') this.startLooseTask(row, cells);
      return 'next';
    }

    const mergedFrom = ttMergedFrom(grid, row, header.ttCol);
    if (mergedFrom !== null && mergedFrom === this.month?.row) {
      // Under a month's TT cell merged down its rows, each row is a task of its own.
      this.startLooseTask(row, cells);
      return 'next';
    }
    if (this.task && mergedFrom !== null && mergedFrom <= this.task.row) {
      this.addLines(row, cells);
      return 'next';
    }
    const order = taskOrder(tt);
    if (order !== null) {
      // A reader that repeats a merged TT in every row of the merge: still one task.
      if (this.task && this.task.order === order && this.taskLastRow === row - 1) this.addLines(row, cells);
      else this.startTask(row, order, cells);
    } else if (isBullet(tt)) {
      this.startTask(row, '', cells);
    } else if (tt !== '') {
      // A section letter, a Roman numeral or a heading across the table: not a task.
      this.headingYear ??= yearInTitle(`${tt} ${text}`);
      this.task = null;
    } else if (this.task && (!this.looseTask || continuesSentence(this.task.text, text))) {
      this.addLines(row, cells, joinContinuation);
    } else {
      // Text with no numbered task above it: rows of an unnumbered list, or text
      // continued from a page not in the sheet. Each row is a task unless it goes on mid-sentence.
      this.startLooseTask(row, cells);
    }
    return 'next';
  }

  private startMonth(marker: MonthMarker, row: number): void {
    if (marker.continued && this.month?.month === marker.month) return;
    this.month = { month: marker.month, row, tasks: [] };
    if (marker.year !== null) {
      this.month.year = marker.year;
      this.markerYears.set(marker.year, (this.markerYears.get(marker.year) ?? 0) + 1);
    }
    this.months.push(this.month);
    this.task = null;
  }

  private startTask(row: number, order: string, cells: RowText): void {
    this.task = { row, order, ...cells };
    // A time or lead cell merged down over several tasks belongs to each of them.
    for (const field of TASK_COLUMNS) {
      const col = this.header.extraCols[field];
      const m = col === null || cells[field] !== '' ? undefined : this.grid.mergeAt(row, col);
      if (m) this.task[field] = htmlToLines(this.grid.text(m.top, m.left));
    }
    this.looseTask = false;
    this.taskLastRow = row;
    (this.month ? this.month.tasks : this.keyTasks).push(this.task);
  }

  /** A task with no TT of its own (neither number nor bullet). */
  private startLooseTask(row: number, cells: RowText): void {
    this.startTask(row, '', cells);
    this.looseTask = true;
  }

  /** The row's cells added to the current task: the text joined by `joinText`, the other columns line by line. */
  private addLines(row: number, cells: RowText, joinText = joinLines): void {
    if (!this.task) return;
    for (const field of FIELDS) this.task[field] = (field === 'text' ? joinText : joinLines)(this.task[field], cells[field]);
    this.taskLastRow = row;
  }

  private finding(code: Finding['code'], cell: string, params: Finding['params']): void {
    this.findings.push({ code, sheet: this.grid.name, cell, params });
  }

  /**
   * The year most month markers name: a plan for 2024 may open with "Tháng 12/2023",
   * the month the year's work is prepared in. Ties go to the later year.
   */
  private markerYear(): number | null {
    let best: [number, number] | null = null;
    for (const [year, count] of this.markerYears)
      if (!best || count > best[1] || (count === best[1] && year > best[0])) best = [year, count];
    return best ? best[0] : null;
  }

  /** MONTH_DUPLICATE and MONTH_MISSING over the months of the plan's year ("Tháng 12/2023" is not December 2024). */
  private checkMonths(year: number | null): void {
    const firstSeen = new Map<number, string>();
    for (const m of this.months) {
      if (!isMonthOf(m, year)) continue;
      const cell = this.grid.address(m.row, this.header.ttCol);
      const first = firstSeen.get(m.month);
      if (first !== undefined) this.finding('MONTH_DUPLICATE', cell, { month: m.month, first });
      else firstSeen.set(m.month, cell);
    }
    if (this.months.length === 0) return;
    const missing: number[] = [];
    for (let m = 1; m <= 12; m++) if (!firstSeen.has(m)) missing.push(m);
    if (missing.length > 0)
      this.finding('MONTH_MISSING', this.grid.address(this.header.row, this.header.ttCol), { months: missing.join(', ') });
  }

  private result(): PlanSheet {
    const { grid, header } = this;
    const hasContent = (t: PlanTask) => FIELDS.some((f) => t[f] !== '');
    for (const m of this.months) m.tasks = m.tasks.filter(hasContent);
    const year = this.markerYear() ?? this.headingYear ?? titleYear(grid, header);
    this.checkMonths(year);
    return {
      sheet: grid.name,
      headerRow: header.row,
      year,
      keyTasks: this.keyTasks.filter(hasContent),
      months: this.months,
    };
  }
}

/** Is this month row one of the plan year's (or names no year of its own)? */
export function isMonthOf(month: PlanMonth, year: number | null): boolean {
  return month.year === undefined || year === null || month.year === year;
}

/** Reads the plan table whose header is given. */
export function readPlanTable(grid: Grid, header: PlanHeader): PlanTableReading {
  return new PlanTableReader(grid, header).read();
}
