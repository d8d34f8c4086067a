// Workbooks written the way Excel and LibreOffice save them, for end-to-end tests: merged
// areas with the value in the master cell only, formulas with cached results (shared
// formulas too), rich text, wrapped and formatted cells, title blocks, blank columns.
import ExcelJS from 'exceljs';

export type Value = ExcelJS.CellValue;

/** A formula with the result Excel cached when it last calculated. */
export function formula(text: string, result: number | string | ExcelJS.CellErrorValue): ExcelJS.CellFormulaValue {
  return { formula: text, result } as ExcelJS.CellFormulaValue;
}

/** An Excel error value, e.g. `#DIV/0!`. */
export function errorValue(error: string): ExcelJS.CellErrorValue {
  return { error } as ExcelJS.CellErrorValue;
}

/** Rich text: plain runs, or [text, font] runs (a bold word, a red number). */
export function rich(...runs: (string | [string, Partial<ExcelJS.Font>])[]): ExcelJS.CellRichTextValue {
  return { richText: runs.map((run) => (typeof run === 'string' ? { text: run } : { text: run[0], font: run[1] })) };
}

/** The same text decomposed (NFD), as some Mac and PDF sources paste it. */
export function nfd(text: string): string {
  return text.normalize('NFD');
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** What table cells usually carry: a thin border, wrapped text, top alignment. */
export const TABLE_STYLE: Partial<ExcelJS.Style> = { border: THIN, alignment: { wrapText: true, vertical: 'top' } };
export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  border: THIN,
  font: { bold: true, name: 'Times New Roman', size: 12 },
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
};
export const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 }, alignment: { horizontal: 'center' } };

export class SheetBuilder {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** Writes values left to right from `at` ("C5"); `undefined` leaves a cell untouched. */
  row(at: string, values: (Value | undefined)[], style: Partial<ExcelJS.Style> = TABLE_STYLE): this {
    const start = this.ws.getCell(at);
    values.forEach((value, i) => {
      const cell = this.ws.getCell(Number(start.row), Number(start.col) + i);
      cell.style = { ...style };
      if (value !== undefined && value !== null) cell.value = value;
    });
    return this;
  }

  /** Rows of values from `at` down, one array per row. */
  rows(at: string, rows: (Value | undefined)[][], style?: Partial<ExcelJS.Style>): this {
    const start = this.ws.getCell(at);
    rows.forEach((values, i) => this.row(this.ws.getCell(Number(start.row) + i, Number(start.col)).address, values, style));
    return this;
  }

  /** Merges an area with its value in the master cell only; every cell of it gets the style. */
  merge(range: string, value: Value, style: Partial<ExcelJS.Style> = TABLE_STYLE): this {
    this.ws.mergeCells(range);
    const [from, to] = range.split(':');
    const a = this.ws.getCell(from);
    const b = this.ws.getCell(to);
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      for (let c = Number(a.col); c <= Number(b.col); c++) this.ws.getCell(r, c).style = { ...style };
    }
    if (value !== null && value !== undefined) a.value = value;
    return this;
  }

  /** One formula shared across a row of cells (Excel's `<f t="shared">`), each with its cached result. */
  sharedRow(at: string, text: string, results: (number | ExcelJS.CellErrorValue)[]): this {
    const start = this.ws.getCell(at);
    const last = this.ws.getCell(Number(start.row), Number(start.col) + results.length - 1);
    results.forEach((result, i) => {
      const cell = this.ws.getCell(Number(start.row), Number(start.col) + i);
      cell.style = { ...TABLE_STYLE, font: { bold: true } };
      cell.value = (
        i === 0
          ? { formula: text, result, shareType: 'shared', ref: `${start.address}:${last.address}` }
          : { sharedFormula: start.address, result }
      ) as ExcelJS.CellValue;
    });
    return this;
  }

  widths(...widths: number[]): this {
    widths.forEach((width, i) => (this.ws.getColumn(i + 1).width = width));
    return this;
  }
}

/** Writes a workbook built by `fill` (which adds sheets in the order given). */
export async function saveWorkbook(file: string, fill: (sheet: (name: string) => SheetBuilder) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Microsoft Excel';
  fill((name) => new SheetBuilder(wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape' } })));
  await wb.xlsx.writeFile(file);
  return file;
}
