// A SheetSpec (the engine's description of a new sheet) as worksheet XML: column widths,
// row heights, cells with their style indices, merges, frozen rows and page setup. Text is
// always an inline string: only SpecCell.formula ever becomes a formula.
import { formatCell, parseCell, parseRange } from '../../engine/address';
import type { PrintSettings, SheetSpec, SpecCell } from '../../engine/types';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel's code for A4 paper. */
const A4 = 9;
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

/**
 * Cell text as OOXML stores it: a literal `_x0041_` gets its underscore escaped, and the
 * control characters XML cannot hold are written `_x0001_`, so the text comes back unchanged.
 */
export function escapeText(s: string): string {
  const kept = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(kept);
}

function cellXml(c: SpecCell, style: number | undefined, ref: string): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (c.formula) {
    const f = `<f>${escapeXml(c.formula.replace(/^=/, ''))}</f>`;
    if (typeof c.value === 'number') return `<c r="${ref}"${s}>${f}<v>${c.value}</v></c>`;
    if (typeof c.value === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(c.value)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof c.value === 'number') return `<c r="${ref}"${s}><v>${c.value}</v></c>`;
  if (typeof c.value === 'string' && c.value !== '') {
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(c.value)}</t></is></c>`;
  }
  return style === undefined ? '' : `<c r="${ref}"${s}/>`;
}

/** The spec's cells by row and column, merged areas filled with their top-left cell's style (so borders frame the whole area). */
function cellsByRow(spec: SheetSpec): Map<number, Map<number, SpecCell>> {
  const rows = new Map<number, Map<number, SpecCell>>();
  const put = (row: number, col: number, c: SpecCell) => {
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, c);
  };
  for (const c of spec.cells) {
    const at = parseCell(c.address);
    if (at) put(at.row, at.col, c);
  }
  for (const m of spec.merges) {
    const r = parseRange(m);
    const master = r && rows.get(r.top)?.get(r.left);
    if (!r || !master?.style) continue;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if ((row !== r.top || col !== r.left) && !rows.get(row)?.has(col)) {
          put(row, col, { address: formatCell(row, col), value: null, style: master.style });
        }
      }
    }
  }
  return rows;
}

function sheetViews(freezeRows: number): string {
  if (freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

function pageXml(print: PrintSettings): string {
  const m = { ...DEFAULT_MARGINS, ...print.margins };
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>`
  );
}

/** The worksheet part; `styleIndex` maps the spec's style keys to cellXfs indices of styles.xml. */
export function renderSheetXml(spec: SheetSpec, styleIndex: Map<string, number>): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`];
  if (spec.print.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(sheetViews(spec.freezeRows ?? 0), '<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths.length > 0) {
    out.push('<cols>');
    spec.columnWidths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const cells = cellsByRow(spec);
  const heights = spec.rowHeights ?? {};
  const rowNumbers = [...new Set([...cells.keys(), ...Object.keys(heights).map(Number)])].sort((a, b) => a - b);
  for (const row of rowNumbers) {
    const height = heights[row];
    out.push(`<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`);
    const inRow = [...(cells.get(row) ?? new Map<number, SpecCell>()).entries()].sort((a, b) => a[0] - b[0]);
    for (const [col, c] of inRow) out.push(cellXml(c, c.style ? styleIndex.get(c.style) : undefined, formatCell(row, col)));
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (spec.merges.length > 0) {
    out.push(
      `<mergeCells count="${spec.merges.length}">`,
      ...spec.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`),
      '</mergeCells>',
    );
  }
  out.push(pageXml(spec.print), '</worksheet>');
  return out.join('');
}
