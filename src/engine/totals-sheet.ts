// The totals sheet ("Tổng hợp điểm") as data: one row per criteria sheet, section
// and group, whose cap, self and appraised totals are live SUM formulas over the
// score cells, so they stay right as people edit. Values are today's totals (what
// a writer that does not calculate shows).
import { columnLetters, formatRange, parseCell, quoteSheet } from './address';
import type { CellStyle, CriteriaSheet, Criterion, Report, SheetSpec, SpecCell } from './types';

export const TOTALS_SHEET_NAME = 'Tổng hợp điểm';
/** The totals sheet's title (A1): the engine knows a sheet it wrote itself by it. */
export const TOTALS_TITLE = 'TỔNG HỢP ĐIỂM THI ĐUA';

/** Excel: at most 255 arguments a function, 8,192 characters a formula. */
const MAX_ARGS = 255;
const MAX_FORMULA = 8000;
const HEADER_ROW = 4;

const COLUMNS = ['Bảng tiêu chí', 'Mục', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Thẩm định', 'Tỷ lệ tự chấm', 'Xếp hạng'];

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
};

/** Cells of one column grouped into vertical runs: ["E9", "E10", "E12"] -> ["E9:E10", "E12"]. */
export function cellRuns(cells: string[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const at = parseCell(a);
    if (!at) continue;
    const rows = byCol.get(at.col) ?? [];
    rows.push(at.row);
    byCol.set(at.col, rows);
  }
  const out: string[] = [];
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      out.push(formatRange({ top: start, bottom: sorted[i - 1], left: col, right: col }));
      start = sorted[i];
    }
  }
  return out;
}

/** "FN(a,b,…)" split into FN(…)+FN(…) past Excel's 255 arguments. */
export function chunkedCall(fn: string, args: string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += MAX_ARGS) parts.push(`${fn}(${args.slice(i, i + MAX_ARGS).join(',')})`);
  return parts.join('+');
}

/** "=body", or null when Excel would refuse it as too long. */
export function formula(body: string): string | null {
  return body.length < MAX_FORMULA ? `=${body}` : null;
}

/** "=SUM(a,b,…)"; null when there is nothing to sum or it is too long for Excel. */
export function sumFormula(args: string[]): string | null {
  return args.length === 0 ? null : formula(chunkedCall('SUM', args));
}

/** Like sumFormula, but blank while no cell holds a number (no appraised score entered yet). */
export function sumOrBlankFormula(args: string[]): string | null {
  return args.length === 0 ? null : formula(`IF(${chunkedCall('COUNT', args)}=0,"",${chunkedCall('SUM', args)})`);
}

/** A1 references to the cells of another sheet, one per vertical run: 'Tiêu chí'!F9:F17. */
export function refs(sheet: string, cells: string[]): string[] {
  return cellRuns(cells).map((r) => `${quoteSheet(sheet)}!${r}`);
}

interface Line {
  kind: 'sheet' | 'section' | 'group';
  sheetName: string;
  label: string;
  title: string;
  cap: number;
  self: number;
  appraised: number | null;
  /** SUM arguments per column (cap, self, appraised), or rows of this sheet to add up. */
  sums: [string[], string[], string[]] | null;
  /** Whether any criterion under this line has an appraised cell. */
  hasAppraised: boolean;
  childRows?: number[];
  rank?: number;
}

function criteriaOf(sheet: CriteriaSheet): Criterion[] {
  return sheet.sections.flatMap((s) => s.groups.flatMap((g) => g.criteria));
}

function hasAppraised(criteria: Criterion[]): boolean {
  return criteria.some((c) => c.appraisedCell);
}

function sourceSums(sheet: string, criteria: Criterion[]): [string[], string[], string[]] {
  return [
    refs(sheet, criteria.map((c) => c.capCell).filter(Boolean)),
    refs(sheet, criteria.map((c) => c.selfCell).filter(Boolean)),
    refs(sheet, criteria.map((c) => c.appraisedCell).filter(Boolean)),
  ];
}

/** Sheets ranked by self total (1 = highest; equal totals share a rank). */
function ranks(sheets: CriteriaSheet[]): Map<CriteriaSheet, number> {
  const self = (s: CriteriaSheet): number => s.sections.reduce((n, sec) => n + sec.selfTotal, 0);
  return new Map(sheets.map((s) => [s, 1 + sheets.filter((o) => self(o) > self(s)).length]));
}

function lines(report: Report): Line[] {
  const out: Line[] = [];
  const rankOf = ranks(report.criteriaSheets);
  for (const sheet of report.criteriaSheets) {
    const sheetLine: Line = {
      kind: 'sheet',
      sheetName: sheet.sheet,
      label: '',
      title: 'Cộng toàn bảng',
      cap: sheet.sections.reduce((n, s) => n + s.capTotal, 0),
      self: sheet.sections.reduce((n, s) => n + s.selfTotal, 0),
      appraised: sheet.sections.some((s) => s.appraisedTotal !== null)
        ? sheet.sections.reduce((n, s) => n + (s.appraisedTotal ?? 0), 0)
        : null,
      sums: null,
      hasAppraised: hasAppraised(criteriaOf(sheet)),
      childRows: [],
      rank: report.criteriaSheets.length > 1 ? rankOf.get(sheet) : undefined,
    };
    out.push(sheetLine);
    for (const section of sheet.sections) {
      const sectionLine: Line = {
        kind: 'section',
        sheetName: sheet.sheet,
        label: section.label,
        title: section.title,
        cap: section.capTotal,
        self: section.selfTotal,
        appraised: section.appraisedTotal,
        sums: null,
        hasAppraised: hasAppraised(section.groups.flatMap((g) => g.criteria)),
        childRows: [],
      };
      const onlyGroupUntitled = section.groups.length === 1 && !section.groups[0].title;
      if (onlyGroupUntitled) sectionLine.sums = sourceSums(sheet.sheet, section.groups[0].criteria);
      sheetLine.childRows!.push(out.length);
      out.push(sectionLine);
      if (onlyGroupUntitled) continue;
      for (const group of section.groups) {
        sectionLine.childRows!.push(out.length);
        out.push({
          kind: 'group',
          sheetName: sheet.sheet,
          label: '',
          title: group.title,
          cap: group.capTotal,
          self: group.selfTotal,
          appraised: group.appraisedTotal,
          sums: sourceSums(sheet.sheet, group.criteria),
          hasAppraised: hasAppraised(group.criteria),
        });
      }
    }
  }
  return out;
}

export function buildTotalsSheet(report: Report): SheetSpec {
  const cells: SpecCell[] = [
    { address: 'A1', value: TOTALS_TITLE, style: 'title' },
    {
      address: 'A2',
      value: `Công thức SUM liên kết tới các bảng tiêu chí: tự cập nhật khi sửa điểm. (${report.file})`,
      style: 'note',
    },
  ];
  const ranked = report.criteriaSheets.length > 1;
  const columns = ranked ? COLUMNS : COLUMNS.slice(0, 7);
  columns.forEach((title, i) => cells.push({ address: `${columnLetters(i + 1)}${HEADER_ROW}`, value: title, style: 'head' }));

  const all = lines(report);
  const rowOf = (index: number): number => HEADER_ROW + 1 + index;
  const sheetTotals = all.flatMap((l, j) => (l.kind === 'sheet' ? [`$E$${rowOf(j)}`] : []));
  all.forEach((line, i) => {
    const row = rowOf(i);
    const put = (col: string, value: string | number | null, formula?: string | null, style: string = line.kind): void => {
      cells.push({ address: `${col}${row}`, value, ...(formula ? { formula } : {}), style });
    };
    put('A', line.kind === 'sheet' ? line.sheetName : '');
    put('B', line.label);
    put('C', line.kind === 'group' ? `   ${line.title}` : line.title);
    ['D', 'E', 'F'].forEach((col, k) => {
      if (k === 2 && !line.hasAppraised) return put(col, null);
      const args = line.sums ? line.sums[k] : cellRuns((line.childRows ?? []).map((c) => `${col}${rowOf(c)}`));
      put(col, [line.cap, line.self, line.appraised][k], (k === 2 ? sumOrBlankFormula : sumFormula)(args));
    });
    put(
      'G',
      line.cap ? Math.round((line.self / line.cap) * 1000) / 1000 : null,
      `=IF(D${row}=0,"",E${row}/D${row})`,
      `${line.kind}Pct`,
    );
    if (ranked) put('H', line.rank ?? null, line.kind === 'sheet' ? `=RANK(E${row},(${sheetTotals.join(',')}))` : null);
  });

  const lastCol = columnLetters(columns.length);
  return {
    name: TOTALS_SHEET_NAME,
    columnWidths: [22, 6, 60, 11, 11, 11, 10, 9].slice(0, columns.length),
    rowHeights: { 1: 24 },
    cells,
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    styles: STYLES,
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` },
    freezeRows: HEADER_ROW,
  };
}
