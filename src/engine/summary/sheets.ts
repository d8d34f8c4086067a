// The bloc's summary workbook as data: `Tổng hợp` (one row per unit in rank order)
// and `Chi tiết` (criterion × unit, self and appraised side by side, disagreements
// shaded), print-ready (A4 landscape, one page wide, header rows on every page,
// Times New Roman 13, title, date line, room to sign). The command line writes values;
// the pane writes `Tổng hợp` with live formulas over the units' score cells.
import { columnLetters, formatRange } from '../address';
import { SpecBuilder } from '../template/spec-builder';
import { classificationFormula, finalScore, formula, percentScore } from '../score-formulas';
import type { CellStyle, ClassificationRules, Lang, SheetSpec, SideResult } from '../types';
import { appraisedCount, kindFormulas, maxFormula, type Side } from './formulas';
import { DETAIL_SHEET_NAME, DETAIL_TITLE, SUMMARY_LABELS, SUMMARY_SHEET_NAME, SUMMARY_TITLE } from './labels';
import { matchCriteria, sectionKey } from './match';
import type { BlocSummary, RankedUnit } from './units';

export interface SummaryOptions {
  lang?: Lang;
  /** The date of the date line (the engine has no clock). */
  date: { day: number; month: number; year: number };
}

export interface LiveSummaryOptions extends SummaryOptions {
  /** The rules in force, so the classification follows the live scores too; without them it is today's value. */
  rules?: ClassificationRules | null;
}

const FONT: CellStyle = { fontName: 'Times New Roman', fontSize: 13, vertical: 'middle' };
const CELL: CellStyle = { ...FONT, border: true };
const SUMMARY_STYLES = {
  title: { ...FONT, fontSize: 14, bold: true, horizontal: 'center' },
  date: { ...FONT, italic: true, horizontal: 'center' },
  note: { ...FONT, italic: true, horizontal: 'left' },
  head: { ...CELL, bold: true, horizontal: 'center', wrap: true, fill: '#D9E1F2' },
  text: { ...CELL, horizontal: 'left', wrap: true, numberFormat: '@' },
  section: { ...CELL, horizontal: 'left', wrap: true, bold: true, numberFormat: '@' },
  /** A classification: text, or a formula giving text (a text-formatted cell would keep the formula as text). */
  label: { ...CELL, horizontal: 'left', wrap: true },
  center: { ...CELL, horizontal: 'center' },
  number: { ...CELL, horizontal: 'right', numberFormat: 'General' },
  bold: { ...CELL, horizontal: 'right', bold: true, numberFormat: 'General' },
  percent: { ...CELL, horizontal: 'right', numberFormat: '0.00' },
  /** An appraised score that differs from the self score. */
  differs: { ...CELL, horizontal: 'right', numberFormat: 'General', fill: '#FFE699' },
  signer: { ...FONT, bold: true, horizontal: 'center' },
  hint: { ...FONT, italic: true, horizontal: 'center' },
} satisfies Record<string, CellStyle>;
type Style = keyof typeof SUMMARY_STYLES;

const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 2;
/** Hạng | Đơn vị | self: base, bonus, penalty, final | appraised: the same | % | Xếp loại | Lỗi | Cảnh báo. */
const SUMMARY_WIDTHS = [7, 32, 10, 10, 10, 10, 10, 10, 10, 10, 9, 14, 6, 9];
const SIGN_SPACE_POINTS = 70;

const print = (titleRows: string): SheetSpec['print'] => ({
  orientation: 'landscape',
  paperSize: 'A4',
  fitToWidth: true,
  titleRows,
  margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
});

class Sheet extends SpecBuilder {
  cell(row: number, col: number, value: string | number | null, style: Style, formulaText?: string | null): void {
    this.cells.push({ address: `${columnLetters(col)}${row}`, value, style, ...(formulaText ? { formula: formulaText } : {}) });
  }

  /** One header cell over both header rows. */
  tall(col: number, label: string): void {
    this.put(HEADER_ROW, col, label, 'head');
    this.put(HEADER_ROW + 1, col, null, 'head');
    this.merges.push(formatRange({ top: HEADER_ROW, bottom: HEADER_ROW + 1, left: col, right: col }));
  }

  /** Title, date line and a note over `cols` columns. */
  heading(cols: number, title: string, date: string, note: string): void {
    this.span(1, 1, cols, title, 'title');
    this.span(2, 1, cols, date, 'date');
    this.span(3, 1, cols, note, 'note');
    this.height(1, 24);
  }

  /** Who signs, left and right, with room below to sign. */
  signatures(row: number, cols: number, lang: Lang): void {
    const words = SUMMARY_LABELS[lang];
    const half = Math.ceil(cols / 2);
    this.span(row, 1, Math.min(2, half), words.signers[0], 'signer');
    this.span(row, half + 1, cols, words.signers[1], 'signer');
    this.span(row + 1, 1, Math.min(2, half), words.signHint, 'hint');
    this.span(row + 1, half + 1, cols, words.signHint, 'hint');
    this.height(row + 2, SIGN_SPACE_POINTS);
    this.put(row + 2, 1, null, 'hint');
  }
}

const sideValues = (s: SideResult | null): (number | null)[] =>
  s ? [s.base, s.bonus, s.penalty, s.final] : [null, null, null, null];

function summaryHeader(b: Sheet, lang: Lang): void {
  const w = SUMMARY_LABELS[lang];
  b.tall(1, w.rank);
  b.tall(2, w.unit);
  b.span(HEADER_ROW, 3, 6, w.self, 'head');
  b.span(HEADER_ROW, 7, 10, w.appraised, 'head');
  w.parts.forEach((p, i) => {
    b.put(HEADER_ROW + 1, 3 + i, p, 'head');
    b.put(HEADER_ROW + 1, 7 + i, p, 'head');
  });
  [w.percent, w.classification, w.errors, w.warnings].forEach((label, i) => b.tall(11 + i, label));
}

/** The live formulas of one unit's row: the four figures of each side, its percent, rank and classification. */
function liveRow(unit: RankedUnit, row: number, last: number, by: Side, rules: ClassificationRules | null | undefined) {
  const self = kindFormulas(unit.table, 'self');
  const appraised = kindFormulas(unit.table, 'appraised');
  const count = appraisedCount(unit.table);
  const guard = (body: string) => (count ? `IF(${count}=0,"",${body})` : '""');
  const finalCol = by === 'appraised' ? 'J' : 'F';
  const final = `${finalCol}${row}`;
  const max = maxFormula(unit.table);
  const banded = rules?.basis === 'percent' ? `K${row}` : final;
  return {
    side: [
      [self.base, self.bonus, self.penalty, finalScore(`C${row}`, `D${row}`, `E${row}`)],
      [
        guard(appraised.base),
        guard(appraised.bonus),
        guard(appraised.penalty),
        `IF(G${row}="","",${finalScore(`G${row}`, `H${row}`, `I${row}`)})`,
      ],
    ].map((bodies) => bodies.map(formula)),
    rank: formula(`IF(ISNUMBER(${final}),RANK(${final},$${finalCol}$${FIRST_ROW}:$${finalCol}$${last}),"")`),
    percent: formula(`IF(OR(NOT(ISNUMBER(${final})),${max}=0),"",${percentScore(final, `(${max})`)})`),
    classification: rules ? classificationFormula(banded, rules) : null,
  };
}

function buildSummary(summary: BlocSummary, opts: SummaryOptions, live: LiveSummaryOptions | null): SheetSpec {
  const lang = opts.lang ?? 'vi';
  const w = SUMMARY_LABELS[lang];
  const b = new Sheet();
  const { day, month, year } = opts.date;
  b.heading(SUMMARY_WIDTHS.length, SUMMARY_TITLE, w.dateLine(day, month, year), w.rankedBy[summary.rankedBy]);
  summaryHeader(b, lang);
  const last = FIRST_ROW + summary.units.length - 1;
  summary.units.forEach((unit, i) => {
    const row = FIRST_ROW + i;
    const r = unit.result;
    const side = r[summary.rankedBy];
    const f = live ? liveRow(unit, row, last, summary.rankedBy, live.rules) : null;
    b.cell(row, 1, unit.rank, 'center', f?.rank);
    b.cell(row, 2, unit.unit, 'text');
    [r.self, r.appraised].forEach((s, k) =>
      sideValues(s).forEach((v, j) => b.cell(row, 3 + k * 4 + j, v, j === 3 ? 'bold' : 'number', f?.side[k][j])),
    );
    b.cell(row, 11, side?.percent ?? null, 'percent', f?.percent);
    b.cell(row, 12, r.classification?.[summary.rankedBy] ?? null, 'label', f?.classification);
    b.cell(row, 13, unit.errors, 'center');
    b.cell(row, 14, unit.warnings, 'center');
  });
  b.signatures(last + 2, SUMMARY_WIDTHS.length, lang);
  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: [...SUMMARY_WIDTHS],
    rowHeights: { ...b.rowHeights, [HEADER_ROW + 1]: 34 },
    cells: b.cells,
    merges: b.merges,
    styles: { ...SUMMARY_STYLES },
    print: print(`${HEADER_ROW}:${HEADER_ROW + 1}`),
    freezeRows: HEADER_ROW + 1,
  };
}

/** `Tổng hợp` with today's figures as values (what the command line writes). */
export function buildSummarySheet(summary: BlocSummary, opts: SummaryOptions): SheetSpec {
  return buildSummary(summary, opts, null);
}

/** `Tổng hợp` whose figures are live formulas over the units' score cells (what the pane inserts). */
export function buildLiveSummarySheet(summary: BlocSummary, opts: LiveSummaryOptions): SheetSpec {
  return buildSummary(summary, opts, opts);
}

/** The pane's bar chart of the units' final scores, as data: its title, its ranges in `Tổng hợp`, where it goes. */
export interface SummaryChart {
  title: string;
  /** The final scores the units are ranked by (one bar each), and the unit names labelling them. */
  finals: string;
  names: string;
  /** Top-left and bottom-right cells it covers: beside the table, clear of what is printed. */
  start: string;
  end: string;
}

export function summaryChart(summary: BlocSummary, lang: Lang = 'vi'): SummaryChart {
  const last = FIRST_ROW + Math.max(summary.units.length, 1) - 1;
  const col = summary.rankedBy === 'appraised' ? 'J' : 'F';
  const left = SUMMARY_WIDTHS.length + 2;
  return {
    title: SUMMARY_LABELS[lang].chartTitle,
    finals: `${col}${FIRST_ROW}:${col}${last}`,
    names: `B${FIRST_ROW}:B${last}`,
    start: `${columnLetters(left)}${HEADER_ROW}`,
    end: `${columnLetters(left + 8)}${Math.max(HEADER_ROW + 18, last + 2)}`,
  };
}

/** `Chi tiết`: one row per criterion matched across the units, two columns (self, appraised) per unit. */
export function buildDetailSheet(summary: BlocSummary, opts: SummaryOptions): SheetSpec {
  const lang = opts.lang ?? 'vi';
  const w = SUMMARY_LABELS[lang];
  const units = summary.units;
  const { rows, partial } = matchCriteria(units);
  const noteCol = 4 + units.length * 2;
  const b = new Sheet();
  const { day, month, year } = opts.date;
  const note = partial ? `${w.partialNote(partial)} ${w.differsNote}` : w.differsNote;
  b.heading(noteCol, DETAIL_TITLE, w.dateLine(day, month, year), note);
  b.tall(1, w.order);
  b.tall(2, w.criterion);
  b.tall(3, w.cap);
  units.forEach((u, i) => {
    b.span(HEADER_ROW, 4 + i * 2, 5 + i * 2, u.unit, 'head');
    b.put(HEADER_ROW + 1, 4 + i * 2, w.self, 'head');
    b.put(HEADER_ROW + 1, 5 + i * 2, w.appraised, 'head');
  });
  b.tall(noteCol, '');
  let row = FIRST_ROW;
  let section: string | null = null;
  for (const m of rows) {
    if (sectionKey(m.section) !== section) {
      section = sectionKey(m.section);
      b.cell(row, 1, m.section.label || null, 'section');
      b.cell(row, 2, m.section.title || null, 'section');
      for (let col = 3; col <= noteCol; col++) b.cell(row, col, null, 'section');
      row++;
    }
    b.cell(row, 1, m.criterion.order || null, 'center');
    b.cell(row, 2, m.criterion.title, 'text');
    b.cell(row, 3, m.criterion.cap, 'number');
    m.byUnit.forEach((c, i) => {
      b.cell(row, 4 + i * 2, c?.self ?? null, 'number');
      const differs = c !== null && c.self !== null && c.appraised !== null && c.self !== c.appraised;
      b.cell(row, 5 + i * 2, c?.appraised ?? null, differs ? 'differs' : 'number');
    });
    const missing = units.filter((_, i) => m.byUnit[i] === null).map((u) => u.unit);
    b.cell(row, noteCol, missing.length ? w.notIn(missing.join(', ')) : null, 'text');
    row++;
  }
  b.cell(row, 1, null, 'bold');
  b.cell(row, 2, w.final, 'section');
  b.cell(row, 3, null, 'bold');
  units.forEach((u, i) => {
    b.cell(row, 4 + i * 2, u.result.self.final, 'bold');
    b.cell(row, 5 + i * 2, u.result.appraised?.final ?? null, 'bold');
  });
  b.cell(row, noteCol, null, 'bold');
  b.signatures(row + 2, noteCol, lang);
  return {
    name: DETAIL_SHEET_NAME,
    columnWidths: [7, 44, 9, ...units.flatMap(() => [9, 9]), 22],
    rowHeights: { ...b.rowHeights, [HEADER_ROW]: 34, [HEADER_ROW + 1]: 34 },
    cells: b.cells,
    merges: b.merges,
    styles: { ...SUMMARY_STYLES },
    print: print(`${HEADER_ROW}:${HEADER_ROW + 1}`),
    freezeRows: HEADER_ROW + 1,
  };
}

/** Both sheets of the command line's summary workbook, with values. */
export function buildSummaryWorkbook(summary: BlocSummary, opts: SummaryOptions): SheetSpec[] {
  return [buildSummarySheet(summary, opts), buildDetailSheet(summary, opts)];
}
