// Random workbooks for the in-memory Excel host: criteria tables and plan tables
// from generated data, stray cells, and everything a user adds around them
// (formats, number formats, merges, validations, conditional formats, sizes,
// hidden sheets, frozen rows), under names that include Vietnamese ones and ones
// that collide with the sheets the add-in writes.
import fc from 'fast-check';
import { formatCell, formatRange, parseRange, type RangeRef } from '../../src/engine/address';
import { uniqueSheetName } from '../../src/engine/sheet-names';
import type { CellValue } from '../../src/engine/types';
import {
  sheetFromSnapshot,
  type CellData,
  type CellFormat,
  type ConditionalFormatData,
  type SheetData,
  type ValidationData,
  type WorkbookData,
} from '../../src/memory-excel';
import { cellValue, criteriaTable, vietnameseText } from '../support/arbitraries';

/** Names the add-in's own sheets take, in other cases, spellings and with a suffix already used. */
export const COLLIDING_NAMES = [
  'Tổng hợp điểm',
  'TỔNG HỢP ĐIỂM',
  'tổng hợp điểm (2)',
  'Tổng hợp điểm'.normalize('NFD'),
  'KH T04-2024',
  'kh t04-2024',
  'KH T04-2024 (2)',
  'KH T01-2024',
];

const sheetName = fc.oneof(
  { arbitrary: fc.constantFrom(...COLLIDING_NAMES), weight: 3 },
  { arbitrary: vietnameseText, weight: 3 },
  { arbitrary: fc.constantFrom('Tiêu chí 2023', 'Nhiệm vụ 2024', 'Sheet1', "O'Brien", 'Điểm [cũ]', 'a/b:c'), weight: 1 },
);

/** Values Excel can hold: no NaN or infinities. */
const storedValue = cellValue.filter((v) => typeof v !== 'number' || Number.isFinite(v));

const userFormula = fc.constantFrom(
  '=SUM(A1:A3)',
  '=A1*2',
  '=1/0',
  '=IF(B2>5,"x","y")',
  '=HYPERLINK("http://x","y")',
  '=COUNTA(C:C)',
);

/** A table laid out as a yearly plan: "Tháng N" rows with numbered tasks, some in HTML. */
const planTable = fc
  .record({
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }),
    tasks: fc.integer({ min: 0, max: 3 }),
    year: fc.constantFrom(2023, 2024, 2025),
    text: vietnameseText,
  })
  .map(({ months, tasks, year, text }) => {
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    const values: CellValue[][] = [[`KẾ HOẠCH CÔNG TÁC NĂM ${year}`], ['TT', 'Nhiệm vụ công tác trọng tâm', 'Ghi chú']];
    for (const m of [...months].sort((a, b) => a - b)) {
      values.push([roman[m - 1], `Tháng ${m}`, '']);
      for (let i = 1; i <= tasks; i++)
        values.push([String(i), i % 2 ? `${text} ${i}` : `<p>${text}</p><p>- việc ${i}</p>`, i === 1 ? 'Cả tháng' : '']);
    }
    return { name: 'KH', origin: 'A1', values };
  });

/** Stray cells anywhere in the first 30 rows and 10 columns, some with formulas. */
const strayCells = fc
  .array(
    fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 10 }),
      value: storedValue,
      formula: fc.option(userFormula, { freq: 6 }),
    }),
    { maxLength: 25 },
  )
  .map((cells) => {
    const out: Record<string, CellData> = {};
    for (const c of cells) {
      const value = c.value !== null && typeof c.value === 'object' ? c.value.error : c.value;
      out[formatCell(c.row, c.col)] = c.formula ? { value: null, formula: c.formula } : { value };
    }
    return out;
  });

const content = fc.oneof(
  { arbitrary: criteriaTable().map((t) => sheetFromSnapshot(t.snapshot)), weight: 4 },
  { arbitrary: planTable.map(sheetFromSnapshot), weight: 2 },
  { arbitrary: strayCells.map((cells): SheetData => ({ name: '', cells })), weight: 2 },
);

const anyRect = fc
  .tuple(
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([top, left, h, w]): RangeRef => ({ top, left, bottom: top + h, right: left + w }));

const anyCell = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 })).map(([r, c]) => formatCell(r, c));

const cellFormat: fc.Arbitrary<CellFormat> = fc.record(
  {
    fontName: fc.constantFrom('Times New Roman', 'Arial'),
    fontSize: fc.constantFrom(10, 13, 14),
    bold: fc.boolean(),
    italic: fc.boolean(),
    fontColor: fc.constantFrom('#FF0000', '#000000'),
    horizontal: fc.constantFrom('Left', 'Center'),
    wrap: fc.boolean(),
    fill: fc.constantFrom('#FFFF00', '#D9E1F2'),
    borderTop: fc.constant('Continuous'),
    borderBottom: fc.constant('Continuous'),
  },
  { requiredKeys: [] },
);

const validation: fc.Arbitrary<ValidationData> = fc.tuple(anyRect, fc.integer({ min: 0, max: 3 })).map(([r, kind]) => {
  const address = formatRange(r);
  if (kind === 0) return { address, rule: { type: 'List', source: 'Đạt,Không đạt' } };
  if (kind === 1)
    return {
      address,
      rule: { type: 'WholeNumber', operator: 'Between', formula1: 0, formula2: 10 },
      errorAlert: { style: 'Warning', title: 'Chú ý', message: 'Từ 0 đến 10' },
    };
  // Looks like the add-in's own guard rule: it is still the user's and must survive.
  if (kind === 2) return { address, rule: { type: 'Decimal', operator: 'Between', formula1: 0, formula2: `=$E${r.top}` } };
  return {
    address,
    rule: { type: 'TextLength', operator: 'LessThan', formula1: 50 },
    prompt: { showPrompt: true, title: 'Ghi chú', message: 'Ngắn gọn' },
  };
});

const conditionalFormat: fc.Arbitrary<ConditionalFormatData> = fc
  .tuple(anyRect, fc.constantFrom('=A1>5', '=FALSE', '=ISTEXT(A1)', '=$E1<0'), fc.constantFrom('#00FF00', '#FFC7CE'))
  .map(([r, formula, fill]) => ({ address: formatRange(r), formula, fill }));

/** What a user adds around the data. */
const decorations = fc.record({
  formats: fc.array(fc.tuple(anyCell, cellFormat), { maxLength: 6 }),
  numberFormats: fc.array(fc.tuple(anyCell, fc.constantFrom('0.00', '@', 'dd/mm/yyyy', '#,##0')), { maxLength: 4 }),
  merges: fc.array(anyRect, { maxLength: 3 }),
  validations: fc.array(validation, { maxLength: 3 }),
  conditionalFormats: fc.array(conditionalFormat, { maxLength: 3 }),
  columnWidths: fc.dictionary(fc.constantFrom('A', 'B', 'C', 'H'), fc.constantFrom(20, 64.5, 200), { maxKeys: 3 }),
  rowHeights: fc.dictionary(fc.constantFrom('1', '2', '9', '20'), fc.constantFrom(12, 30, 45.75), { maxKeys: 2 }),
  hidden: fc.boolean(),
  freezeRows: fc.integer({ min: 0, max: 3 }),
});

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

type Decorations = typeof decorations extends fc.Arbitrary<infer T> ? T : never;

function decorate(sheet: SheetData, d: Decorations, hide: boolean): SheetData {
  const cells = { ...sheet.cells };
  for (const [address, format] of d.formats) cells[address] = { ...cells[address], value: cells[address]?.value ?? null, format };
  for (const [address, numberFormat] of d.numberFormats)
    cells[address] = { ...cells[address], value: cells[address]?.value ?? null, numberFormat };
  // Excel never lets merged areas overlap: keep the user's that fit among the table's.
  const merges: RangeRef[] = [];
  const taken = sheet.merges ?? [];
  for (const r of d.merges) {
    const single = r.top === r.bottom && r.left === r.right;
    if (!single && ![...taken, ...merges.map(formatRange)].some((m) => overlaps(parseRange(m)!, r))) merges.push(r);
  }
  return {
    ...sheet,
    cells,
    merges: [...taken, ...merges.map(formatRange)],
    validations: d.validations,
    conditionalFormats: d.conditionalFormats,
    columnWidths: d.columnWidths,
    rowHeights: d.rowHeights,
    visibility: hide ? 'Hidden' : 'Visible',
    freezeRows: d.freezeRows,
  };
}

/** A workbook of 1–4 sheets; at least one stays visible, as Excel requires. */
export const randomWorkbook: fc.Arbitrary<WorkbookData> = fc
  .record({
    sheets: fc.array(fc.record({ content, name: sheetName, decorations }), { minLength: 1, maxLength: 4 }),
    activeIndex: fc.nat(),
    userSetting: fc.option(fc.constantFrom('{"màu":"xanh"}', 'giá trị'), { nil: undefined }),
  })
  .map(({ sheets, activeIndex, userSetting }) => {
    const names: string[] = [];
    const data = sheets.map((s, i) => {
      const name = uniqueSheetName(s.name, names);
      names.push(name);
      return decorate({ ...s.content, name }, s.decorations, s.decorations.hidden && i > 0);
    });
    const visible = data.filter((s) => s.visibility !== 'Hidden');
    return {
      sheets: data,
      activeSheet: visible[activeIndex % visible.length].name,
      ...(userSetting ? { settings: { 'nguoi.dung': userSetting } } : {}),
    };
  });
