// Geometry and text of the workbook view.
import { createMemoryExcel } from '../../src/memory-excel';
import { displayText, cellCss } from '../../src/workbench/cell-display';
import {
  Axis,
  columnAxis,
  DEFAULT_ROW_PX,
  MAX_AUTO_ROW_PX,
  MergeMap,
  rowAxis,
  sheetExtent,
  visibleRows,
  wrappedLines,
} from '../../src/workbench/grid-layout';
import { charactersFromPoints, pointsFromCharacters } from '../../src/workbench/sheet-units';

describe('Axis', () => {
  const axis = new Axis([10, 20, 30, 40]);
  test('offsets, spans and the item under a pixel', () => {
    expect([axis.offset(0), axis.offset(2), axis.total]).toEqual([0, 30, 100]);
    expect(axis.span(1, 3)).toBe(50);
    expect([0, 9, 10, 29, 30, 99, 500, -5].map((px) => axis.indexAt(px))).toEqual([0, 0, 1, 1, 2, 3, 3, 0]);
  });
  test('visible rows: the viewport plus overscan, clamped to the sheet', () => {
    const rows = new Axis(new Array(1000).fill(20));
    expect(visibleRows(rows, 0, 200, 5)).toEqual({ first: 1, last: 16 });
    expect(visibleRows(rows, 10_000, 200, 5)).toEqual({ first: 496, last: 516 });
    expect(visibleRows(rows, 19_900, 400, 5)).toEqual({ first: 991, last: 1000 });
  });
});

describe('sheet geometry', () => {
  const host = createMemoryExcel({
    sheets: [
      {
        name: 'S',
        cells: {
          A1: { value: 'x'.repeat(400), format: { wrap: true } },
          B2: { value: 'dòng 1\ndòng 2\ndòng 3' },
          C3: { value: 'x'.repeat(40), format: { wrap: true } },
          D40: { value: 1 },
        },
        merges: ['C3:D4'],
        columnWidths: { A: 150 },
        rowHeights: { '5': 30 },
      },
    ],
  });
  const sheet = host.sheet('S')!;
  const merges = new MergeMap(sheet.merges);
  const cols = columnAxis(sheet, sheetExtent(sheet).cols);
  const rows = rowAxis(sheet, sheetExtent(sheet).rows, cols, merges);

  test('extent: the used area plus room to type', () => {
    const e = sheetExtent(sheet);
    expect(e.rows).toBeGreaterThan(40);
    expect(e.cols).toBeGreaterThan(4);
    expect(e.colsCut).toBe(false);
  });
  test('column widths in pixels from points; default elsewhere', () => {
    expect(cols.sizes[0]).toBe(200);
    expect(cols.sizes[1]).toBe(64);
  });
  test('row heights: set heights kept, wrapped and multi-line text taller but capped, merged cells not measured', () => {
    expect(rows.sizes[4]).toBe(40);
    expect(rows.sizes[0]).toBe(MAX_AUTO_ROW_PX);
    expect(rows.sizes[1]).toBeGreaterThan(DEFAULT_ROW_PX * 2);
    expect(rows.sizes[1]).toBeLessThan(MAX_AUTO_ROW_PX);
    expect(rows.sizes[2]).toBe(DEFAULT_ROW_PX);
  });
  test('wrapped lines: whole words move to the next line; long words are cut', () => {
    expect(wrappedLines('Điểm thẩm định', 64, 7)).toBe(3);
    expect(wrappedLines('Điểm thẩm định', 200, 7)).toBe(1);
    expect(wrappedLines('a\nb\n\nc', 200, 7)).toBe(4);
    expect(wrappedLines('x'.repeat(30), 78, 7)).toBe(3);
  });
  test('merges by covered cell', () => {
    expect(merges.at(4, 4)).toEqual({ top: 3, left: 3, bottom: 4, right: 4 });
    expect(merges.has(5, 4)).toBe(false);
  });
});

describe('cell text and format', () => {
  test('shown text: HTML fragments as the plain lines the engine reads (never markup), numbers as Excel shows them', () => {
    expect(displayText({ value: '<p>Tháng công nhân</p><p>An toàn &amp; vệ sinh</p>' })).toBe(
      'Tháng công nhân\nAn toàn & vệ sinh',
    );
    expect(displayText({ value: '<b>đậm</b><img src=x onerror=alert(1)>' })).toBe('đậm');
    expect(displayText({ value: 'a < b, 2 > 1' })).toBe('a < b, 2 > 1');
    expect(displayText({ value: 0.1 + 0.2 })).toBe('0.3');
    expect(displayText({ value: 0.5, numberFormat: '0%' })).toBe('50%');
    expect(displayText({ value: 3, numberFormat: '0.00' })).toBe('3.00');
    expect(displayText({ value: 1234567, numberFormat: '#,##0' })).toBe('1,234,567');
    expect(displayText({ value: false })).toBe('FALSE');
    expect(displayText(undefined)).toBe('');
  });
  test('alignment: numbers right, text left, errors centred, unless the format says otherwise', () => {
    expect(cellCss({ value: 5 }, undefined).textAlign).toBe('right');
    expect(cellCss({ value: 'a' }, undefined).textAlign).toBe('left');
    expect(cellCss({ value: '#DIV/0!' }, undefined).textAlign).toBe('center');
    expect(cellCss({ value: 5 }, { horizontal: 'Center', vertical: 'Top', fill: '#FF0000', bold: true })).toMatchObject({
      textAlign: 'center',
      justifyContent: 'flex-start',
      backgroundColor: '#FF0000',
      fontWeight: 700,
    });
  });
  test('column widths: characters and points convert both ways', () => {
    for (const chars of [6, 8.43, 14, 90]) expect(charactersFromPoints(pointsFromCharacters(chars))).toBeCloseTo(chars, 1);
    expect(pointsFromCharacters(8.43)).toBeCloseTo(48, 0);
  });
});
