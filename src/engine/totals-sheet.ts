// The totals sheet ("Tổng hợp điểm") as data. Per criteria table: its final score
// (base + bonus − penalty, the share of the maximum, the rank, the classification), its
// sections and groups, and the base, bonus and penalty points counted. Every figure is a
// live formula over the score cells, so it stays right as people edit; the formulas count
// as ./score-formulas.ts says (the bloc's summary counts with the same ones).
// Values are today's figures (what a writer that does not calculate shows).
import { columnLetters } from './address';
import {
  cellRuns,
  ceiling,
  classificationFormula,
  finalScore,
  formula,
  percentScore,
  plus,
  pointsFormula,
  refs,
  sumFormula,
} from './score-formulas';
import type { CellStyle, CriteriaSheet, Criterion, Group, Report, RulesInForce, ScoreKind, SheetSpec, SpecCell } from './types';

export const TOTALS_SHEET_NAME = 'Tổng hợp điểm';
/** The totals sheet's title (A1): the engine knows a sheet it wrote itself by it. */
export const TOTALS_TITLE = 'TỔNG HỢP ĐIỂM THI ĐUA';

const HEADER_ROW = 4;

const FONT = { fontName: 'Times New Roman', fontSize: 12 };
const STYLES: Record<string, CellStyle> = {
  title: { ...FONT, fontSize: 14, bold: true, horizontal: 'center' },
  note: { ...FONT, italic: true },
  head: { ...FONT, bold: true, border: true, fill: '#D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true },
  sheet: { ...FONT, bold: true, border: true, fill: '#FCE4D6', vertical: 'top', wrap: true },
  sheetPct: { ...FONT, bold: true, border: true, fill: '#FCE4D6', vertical: 'top', numberFormat: '0.0%' },
  section: { ...FONT, bold: true, border: true, vertical: 'top', wrap: true },
  sectionPct: { ...FONT, bold: true, border: true, vertical: 'top', numberFormat: '0.0%' },
  group: { ...FONT, border: true, vertical: 'top', wrap: true },
  groupPct: { ...FONT, border: true, vertical: 'top', numberFormat: '0.0%' },
  points: { ...FONT, italic: true, border: true, vertical: 'top', wrap: true },
  pointsPct: { ...FONT, italic: true, border: true, vertical: 'top', numberFormat: '0.0%' },
};

type Figure = 'cap' | 'self' | 'appraised';
const FIGURE_COLUMNS: Record<Figure, string> = { cap: 'D', self: 'E', appraised: 'F' };

/** A section or group row of the sheet, with where its figures come from. */
interface ScopeRow {
  row: number;
  kind: 'section' | 'group';
  scoreKind: ScoreKind;
  label: string;
  title: string;
  totals: { cap: number; self: number; appraised: number | null };
  /** The score cells it sums, or the rows below it (its groups of its own kind) it adds up. */
  source: { criteria: Criterion[] } | { rows: number[] };
  /** Whether any criterion under it has an appraised cell. */
  hasAppraised: boolean;
}

interface Block {
  sheet: CriteriaSheet;
  /** The final-score row; the scope rows follow it, then the base, bonus and penalty rows. */
  top: number;
  scopes: ScopeRow[];
  /** Formulas of the points counted (base rows to add; bonus and penalty terms with their ceilings), per score column. */
  counted: Record<'self' | 'appraised', Record<ScoreKind, string[]>>;
  baseRows: number[];
}

const hasAppraised = (criteria: Criterion[]) => criteria.some((c) => c.appraisedCell);
const SIDES = ['self', 'appraised'] as const;

/** Lays out one table's rows from `top`, and the formula terms of the points it counts. */
function layBlock(sheet: CriteriaSheet, top: number): Block {
  const scopes: ScopeRow[] = [];
  const counted: Block['counted'] = {
    self: { base: [], bonus: [], penalty: [] },
    appraised: { base: [], bonus: [], penalty: [] },
  };
  const baseRows: number[] = [];
  let row = top + 1;
  /** A row's figure as a term; an appraised figure may be "" (none entered yet), which N() makes 0. */
  const ref = (side: 'self' | 'appraised', at: number) => (side === 'self' ? `E${at}` : `N(F${at})`);
  const groupRow = (g: Group): ScopeRow => ({
    row: row++,
    kind: 'group',
    scoreKind: g.kind,
    label: '',
    title: g.title,
    totals: { cap: g.capTotal, self: g.selfTotal, appraised: g.appraisedTotal },
    source: { criteria: g.criteria },
    hasAppraised: hasAppraised(g.criteria),
  });
  /** A group of another kind than its section's counts on its own (bonus points inside Mục I). */
  const countApart = (line: ScopeRow, cap: number | null) => {
    if (line.scoreKind === 'base') return baseRows.push(line.row);
    for (const side of SIDES) counted[side][line.scoreKind].push(ceiling(ref(side, line.row), line.scoreKind, cap));
  };

  for (const section of sheet.sections) {
    const untitled = section.groups.length === 1 && !section.groups[0].title;
    const line: ScopeRow = {
      row: row++,
      kind: 'section',
      scoreKind: section.kind,
      label: section.label,
      title: section.title,
      totals: { cap: section.capTotal, self: section.selfTotal, appraised: section.appraisedTotal },
      source: untitled ? { criteria: section.groups[0].criteria } : { rows: [] },
      hasAppraised: hasAppraised(section.groups.flatMap((g) => g.criteria)),
    };
    scopes.push(line);
    if (untitled) {
      countApart(line, section.kind === 'base' ? null : section.cap);
      continue;
    }
    const own: { self: string[]; appraised: string[] } = { self: [], appraised: [] };
    for (const group of section.groups) {
      const g = groupRow(group);
      scopes.push(g);
      if (group.kind !== section.kind) countApart(g, group.cap);
      else if ('rows' in line.source) {
        line.source.rows.push(g.row);
        if (section.kind === 'base') baseRows.push(g.row);
        else for (const side of SIDES) own[side].push(ceiling(ref(side, g.row), group.kind, group.cap));
      }
    }
    if (section.kind === 'base') continue;
    for (const side of SIDES)
      if (own[side].length) counted[side][section.kind].push(ceiling(plus(own[side]), section.kind, section.cap));
  }
  return { sheet, top, scopes, counted, baseRows };
}

function blockHeight(sheet: CriteriaSheet): number {
  const lines = sheet.sections.reduce((n, s) => n + 1 + (s.groups.length === 1 && !s.groups[0].title ? 0 : s.groups.length), 0);
  return 1 + lines + 3;
}

interface Layout {
  /** With several tables: the rank's column, and the final-score column (and side) it ranks by. */
  ranking: { at: string; col: 'E' | 'F'; by: 'self' | 'appraised' } | null;
  rules: RulesInForce | null;
  /** Columns of the two classifications, when rules are in force. */
  classCols: { self: string; appraised: string } | null;
  /** The final-score row of every table, for RANK. */
  finals: number[];
}

function headers(layout: Layout): string[] {
  const columns = ['Bảng tiêu chí', 'Mục', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Thẩm định', 'Tỷ lệ tự chấm'];
  if (layout.ranking) columns.push(layout.ranking.by === 'appraised' ? 'Xếp hạng (thẩm định)' : 'Xếp hạng (tự chấm)');
  if (layout.rules) columns.push('Xếp loại tự chấm', 'Xếp loại thẩm định');
  return columns;
}

/** A table's rank by the final score the report ranks by (1 = highest; equal scores share a rank), as RANK does. */
function rankOf(sheets: CriteriaSheet[], sheet: CriteriaSheet, by: 'self' | 'appraised'): number {
  const final = (t: CriteriaSheet) => (by === 'appraised' ? t.result.appraised?.final : undefined) ?? t.result.self.final;
  return 1 + sheets.filter((o) => final(o) > final(sheet)).length;
}

function writeBlock(block: Block, report: Report, layout: Layout, cells: SpecCell[]): void {
  const { sheet, top } = block;
  const put = (col: string, row: number, value: string | number | null, f: string | null, style: string): void => {
    cells.push({ address: `${col}${row}`, value, ...(f ? { formula: f } : {}), style });
  };
  const pct = (row: number, value: number | null, style: string) =>
    put('G', row, value, `=IF(D${row}=0,"",E${row}/D${row})`, `${style}Pct`);

  // The sections and groups: plain sums of their scores (deductions as points deducted).
  for (const line of block.scopes) {
    const style = line.kind;
    put('A', line.row, '', null, style);
    put('B', line.row, line.label, null, style);
    put('C', line.row, line.kind === 'group' ? `   ${line.title}` : line.title, null, style);
    const source = line.source;
    (['cap', 'self', 'appraised'] as Figure[]).forEach((figure) => {
      const col = FIGURE_COLUMNS[figure];
      if (figure === 'appraised' && !line.hasAppraised) return put(col, line.row, null, null, style);
      const value = line.totals[figure];
      const blankWhenNone = figure === 'appraised';
      // The rows below already count their deductions as points; caps are summed as they stand.
      if ('rows' in source) {
        const args = cellRuns(source.rows.map((r) => `${col}${r}`));
        return put(col, line.row, value, pointsFormula('base', args, blankWhenNone), style);
      }
      const key = figure === 'cap' ? 'capCell' : figure === 'self' ? 'selfCell' : 'appraisedCell';
      const args = refs(sheet.sheet, source.criteria.map((c) => c[key]).filter(Boolean));
      put(col, line.row, value, pointsFormula(figure === 'cap' ? 'base' : line.scoreKind, args, blankWhenNone), style);
    });
    pct(line.row, line.totals.cap ? Math.round((line.totals.self / line.totals.cap) * 1000) / 1000 : null, style);
  }

  // The points counted: base, bonus and penalty within their ceilings.
  const { result } = sheet;
  const anyAppraised = block.scopes.some((s) => s.hasAppraised);
  const first = top + 1 + block.scopes.length;
  const [baseRow, bonusRow, penaltyRow] = [first, first + 1, first + 2];
  const pointRows: [number, ScoreKind, string][] = [
    [baseRow, 'base', 'Điểm cơ bản'],
    [bonusRow, 'bonus', 'Điểm thưởng (tính trong mức tối đa)'],
    [penaltyRow, 'penalty', 'Điểm trừ (tính trong mức tối đa)'],
  ];
  for (const [row, kind, title] of pointRows) {
    put('A', row, '', null, 'points');
    put('B', row, '', null, 'points');
    put('C', row, title, null, 'points');
    if (kind === 'base') put('D', row, result.max, sumFormula(cellRuns(block.baseRows.map((r) => `D${r}`))), 'points');
    else put('D', row, null, null, 'points');
    const sideFormula = (side: 'self' | 'appraised'): string | null => {
      // SUM skips the "" of a row with no appraised score yet.
      if (kind === 'base') return sumFormula(cellRuns(block.baseRows.map((r) => `${side === 'self' ? 'E' : 'F'}${r}`)));
      return formula(plus(block.counted[side][kind]));
    };
    put('E', row, result.self[kind], sideFormula('self'), 'points');
    if (anyAppraised) put('F', row, result.appraised?.[kind] ?? 0, sideFormula('appraised'), 'points');
    else put('F', row, null, null, 'points');
    if (kind === 'base') pct(row, result.max ? Math.round((result.self.base / result.max) * 1000) / 1000 : null, 'points');
    else put('G', row, null, null, 'points');
  }

  // The final score, on the table's first row.
  const scoreRows = `F${top + 1}:F${penaltyRow}`;
  put('A', top, sheet.sheet, null, 'sheet');
  put('B', top, '', null, 'sheet');
  put('C', top, 'Tổng điểm (cơ bản + thưởng − trừ)', null, 'sheet');
  put('D', top, result.max, `=D${baseRow}`, 'sheet');
  put('E', top, result.self.final, `=${finalScore(`E${baseRow}`, `E${bonusRow}`, `E${penaltyRow}`)}`, 'sheet');
  put(
    'F',
    top,
    result.appraised?.final ?? null,
    anyAppraised ? `=IF(COUNT(${scoreRows})=0,"",${finalScore(`N(F${baseRow})`, `N(F${bonusRow})`, `N(F${penaltyRow})`)})` : null,
    'sheet',
  );
  pct(top, result.max ? result.self.final / result.max : null, 'sheet');
  if (layout.ranking) {
    const { col, by } = layout.ranking;
    const finals = layout.finals.map((t) => `$${col}$${t}`).join(',');
    put(layout.ranking.at, top, rankOf(report.criteriaSheets, sheet, by), `=RANK(${col}${top},(${finals}))`, 'sheet');
  }
  if (layout.rules && layout.classCols) {
    const score = (col: string) =>
      layout.rules!.basis === 'percent' ? `IF(${col}${top}="","",${percentScore(`${col}${top}`, `D${top}`)})` : `${col}${top}`;
    const { classification } = result;
    put(layout.classCols.self, top, classification?.self ?? null, classificationFormula(score('E'), layout.rules), 'sheet');
    put(
      layout.classCols.appraised,
      top,
      classification?.appraised ?? null,
      anyAppraised ? classificationFormula(score('F'), layout.rules) : null,
      'sheet',
    );
  }
}

export function buildTotalsSheet(report: Report): SheetSpec {
  const cells: SpecCell[] = [
    { address: 'A1', value: TOTALS_TITLE, style: 'title' },
    {
      address: 'A2',
      value: `Công thức liên kết tới các bảng tiêu chí: tự cập nhật khi sửa điểm. (${report.file})`,
      style: 'note',
    },
  ];
  const tops: number[] = [];
  let next = HEADER_ROW + 1;
  for (const sheet of report.criteriaSheets) {
    tops.push(next);
    next += blockHeight(sheet);
  }
  const ranked = report.criteriaSheets.length > 1;
  const by = report.ranking?.by ?? 'self';
  const rules = report.rules;
  const layout: Layout = {
    ranking: ranked ? { at: 'H', col: by === 'appraised' ? 'F' : 'E', by } : null,
    rules,
    classCols: rules ? { self: ranked ? 'I' : 'H', appraised: ranked ? 'J' : 'I' } : null,
    finals: tops,
  };
  const columns = headers(layout);
  columns.forEach((title, i) => cells.push({ address: `${columnLetters(i + 1)}${HEADER_ROW}`, value: title, style: 'head' }));
  report.criteriaSheets.forEach((sheet, i) => writeBlock(layBlock(sheet, tops[i]), report, layout, cells));
  if (rules) {
    const basis = rules.basis === 'percent' ? 'tỷ lệ % điểm tối đa' : 'điểm';
    cells.push({ address: `A${next + 1}`, value: `Xếp loại theo ${basis}: ${bandsText(rules)}`, style: 'note' });
  }

  const lastCol = columnLetters(columns.length);
  return {
    name: TOTALS_SHEET_NAME,
    columnWidths: [22, 6, 60, 11, 11, 11, 10, 9, 16, 16].slice(0, columns.length),
    rowHeights: { 1: 24 },
    cells,
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    styles: STYLES,
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
    freezeRows: HEADER_ROW,
  };
}

/** "Xuất sắc từ 95; Tốt từ 85; …": the bands in force, for the reader of the printed sheet. */
function bandsText(rules: RulesInForce): string {
  return rules.bands.map((b) => `${b.label} từ ${String(b.min).replace('.', ',')}`).join('; ');
}
