// fast-check arbitraries for the engine's property tests: hostile sheet snapshots (any
// size, any value type, Vietnamese and HTML text, formulas, merges good and bad) and
// well-formed criteria tables that carry their own expected reading.
import fc from 'fast-check';
import { formatCell, formatRange, parseCell } from '../../src/engine/address';
import type { CellValue, ScoreKind, SheetSnapshot } from '../../src/engine/types';
import { countedScore } from './report-checks';

// ---- Run settings ----

/**
 * fast-check settings with a seed that is fixed for the run: FC_SEED when given, else
 * `fallback`. fast-check prints the seed (and the path to replay) in a failure's message.
 */
export function runs(numRuns: number, fallback: number): fc.Parameters<unknown> {
  const fromEnv = Number(process.env.FC_SEED);
  return { numRuns, seed: Number.isInteger(fromEnv) && process.env.FC_SEED !== '' ? fromEnv : fallback };
}

// ---- Text ----

/** Vietnamese words with and without diacritics, including ones the readers look for. */
const WORDS = [
  'Công',
  'tác',
  'tổ',
  'chức',
  'đoàn',
  'viên',
  'Kết',
  'nạp',
  'tuyên',
  'truyền',
  'phong',
  'trào',
  'thi',
  'đua',
  'nữ',
  'công',
  'chăm',
  'lo',
  'đời',
  'sống',
  'người',
  'lao',
  'động',
  'Đảng',
  'hoạt',
  'xã',
  'hội',
  'kiểm',
  'tra',
  'Cong',
  'tac',
  'to',
  'chuc',
  'doan',
  'vien',
  'Ket',
  'nap',
  'tuyen',
  'truyen',
  'nu',
  'cong',
  'thang',
  'nam',
  'Ðoàn',
  'ĐIỂM',
  'khối',
  'CNLĐ',
  'TLĐ',
  'ngày',
  'tháng',
  'năm',
  'Ghi',
  'chú',
  'Chủ',
  'tịch',
];

const HEADER_WORDS = [
  'Điểm chuẩn',
  'Diem chuan',
  'ĐIỂM CHUẨN',
  'Điểm tự chấm',
  'Tự chấm',
  'Tu cham',
  'Điểm thẩm định',
  'Thẩm định',
  'Chuẩn',
  'Điểm',
  'TT',
  'STT',
  'Thứ tự',
  'Nội dung tiêu chí',
  'Nội dung',
  'Nhóm lĩnh vực',
  'Căn cứ chấm điểm',
  'Nhiệm vụ',
  'Nhiệm vụ trọng tâm',
  'Ghi chú',
  'Tháng 3',
  'Tháng 01',
  'THÁNG 02',
  'Tháng 04/2024',
  'Tháng 3 năm 2024',
  'Mục I',
  'Mục II',
  'I',
  'II.',
  'III. Tiêu chí chung (40 điểm)',
  'II. Điểm thưởng (tối đa 5 điểm)',
  'III. Điểm trừ',
  'Điểm cộng',
  'Trừ điểm (tối đa 3 điểm)',
  'Xếp loại',
  'Từ (điểm)',
  'Đến',
  'Tỷ lệ từ (%)',
  'Cộng',
  'Cộng nhóm',
  'Tổng cộng',
  'Tổng điểm',
  '(50 điểm)',
  '(298/300 điểm)',
  'Công tác tổ chức (30 điểm)',
  'Muc IV: Tieu chi (40 diem)',
  '1.1',
  '1.2',
  '2.',
  '1',
];

const HTML_FRAGMENTS = [
  '<p>Tuyên truyền</p><p>Kết nạp</p>',
  '<ul><li>một</li><li>hai</li></ul>',
  'dòng 1<br>dòng 2',
  '<br/>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '&lt;b&gt; &amp; &#x1F600; &#0; &nbsp;',
  '<p',
  '<!-- ghi chú -->',
  '<div><p>- Tuyên truyền</p></div>',
];

const ERROR_TEXTS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

const NUMBER_TEXTS = [
  '5',
  ' 5 ',
  '4,5',
  '0,25',
  '1.234,5',
  '1,234.5',
  '-3',
  '+2',
  '10 điểm',
  '7đ',
  ',5',
  '1.2.3',
  '1e3',
  '0x10',
  '5 5',
];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

/** Vietnamese text in NFC or NFD, with or without diacritics. */
export const vietnameseText: fc.Arbitrary<string> = fc
  .tuple(words, fc.constantFrom('NFC', 'NFD', 'plain'))
  .map(([text, form]) =>
    form === 'plain' ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text.normalize(form as 'NFC' | 'NFD'),
  );

const anyText = fc.oneof(
  { arbitrary: vietnameseText, weight: 4 },
  { arbitrary: fc.constantFrom(...HEADER_WORDS).chain((w) => fc.constantFrom(w, w.normalize('NFD'))), weight: 4 },
  { arbitrary: fc.constantFrom(...HTML_FRAGMENTS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\n', '\t  \r\n'), weight: 1 },
);

// ---- Cell values ----

const numbers = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 120 }), weight: 6 },
  { arbitrary: fc.integer({ min: -20, max: 400 }).map((q) => q / 4), weight: 3 },
  {
    arbitrary: fc.constantFrom(1e308, -1e308, -0, NaN, Infinity, -Infinity, 0.1, 0.2, 1e-300, Number.MAX_SAFE_INTEGER),
    weight: 1,
  },
  { arbitrary: fc.double(), weight: 1 },
);

/** Any cell value a host might hand over. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: numbers, weight: 5 },
  { arbitrary: anyText, weight: 6 },
  { arbitrary: fc.constantFrom(...NUMBER_TEXTS), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...ERROR_TEXTS).map((error) => ({ error })), weight: 1 },
  { arbitrary: fc.constantFrom(...ERROR_TEXTS), weight: 1 },
);

/** A row: ragged (any length), sometimes a header-like row of labels. */
const row = (maxCols: number): fc.Arbitrary<CellValue[]> =>
  fc.oneof(
    { arbitrary: fc.array(cellValue, { maxLength: maxCols }), weight: 5 },
    { arbitrary: fc.array(fc.constantFrom<CellValue>(...HEADER_WORDS), { minLength: 2, maxLength: maxCols }), weight: 1 },
  );

// ---- Snapshots ----

/** Sheet origin of values[0][0]: mostly A1, sometimes further in (e.g. "C5"). */
const origin = fc.oneof(
  { arbitrary: fc.constant({ row: 1, col: 1 }), weight: 2 },
  { arbitrary: fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 30 }) }), weight: 1 },
);

/** Merged areas around the grid: valid, overlapping, out of bounds, single cells, garbage. */
function merges(top: number, left: number, rows: number, cols: number): fc.Arbitrary<string[]> {
  const near = (start: number, size: number) => fc.integer({ min: Math.max(1, start - 3), max: start + size + 3 });
  const area = fc
    .tuple(near(top, rows), near(left, cols), near(top, rows), near(left, cols))
    .map(([r1, c1, r2, c2]) =>
      formatRange({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }),
    );
  const garbage = fc.constantFrom(
    '',
    ':',
    'A',
    'B2:',
    'ZZZZ1:A1',
    '$A$1:$B$3',
    'Sheet1!A1:B2',
    'A0:B0',
    '9:9',
    'A:A',
    'B3:A1',
    'A1:XFD1048576',
  );
  return fc.array(fc.oneof({ arbitrary: area, weight: 5 }, { arbitrary: garbage, weight: 1 }), { maxLength: 8 });
}

/** A formula text per cell, aligned with values (mostly none). */
function formulasFor(values: CellValue[][]): fc.Arbitrary<(string | null)[][]> {
  const formula = fc.oneof(
    { arbitrary: fc.constant(null), weight: 8 },
    {
      arbitrary: fc.constantFrom('=SUM(E9:E17)', '=E9+E10', '=1/0', '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", ''),
      weight: 1,
    },
  );
  return fc.tuple(...values.map((r) => fc.array(formula, { minLength: r.length, maxLength: r.length })));
}

export interface SnapshotOptions {
  maxRows?: number;
  maxCols?: number;
}

/** A hostile but well-typed sheet snapshot. */
export function snapshot(options: SnapshotOptions = {}): fc.Arbitrary<SheetSnapshot> {
  const { maxRows = 30, maxCols = 9 } = options;
  return fc
    .record({
      name: fc.oneof(fc.constantFrom('Tiêu chí', 'Nhiệm vụ 2024', "Sheet 'x'", ''), vietnameseText),
      origin,
      values: fc.array(row(maxCols), { maxLength: maxRows }),
    })
    .chain(({ name, origin: o, values }) => {
      const cols = values.reduce((w, r) => Math.max(w, r.length), 0);
      return fc.record({
        name: fc.constant(name),
        origin: fc.constant(formatCell(o.row, o.col)),
        values: fc.constant(values),
        formulas: fc.option(formulasFor(values), { nil: undefined }),
        merges: fc.option(merges(o.row, o.col, values.length, cols), { nil: undefined }),
      });
    });
}

/** A well-formed criteria table with noise: cells overwritten, rows inserted, stray merges. */
export function noisyTable(): fc.Arbitrary<SheetSnapshot> {
  const edit = fc.record({ row: fc.nat(), col: fc.nat({ max: 8 }), value: cellValue, insert: fc.boolean() });
  return fc
    .tuple(criteriaTable(), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.array(fc.nat({ max: 20 }), { maxLength: 2 }))
    .map(([table, edits, mergeAt]) => {
      const values = table.snapshot.values.map((r) => [...r]);
      for (const e of edits) {
        const at = e.row % (values.length + 1);
        if (e.insert)
          values.splice(
            at,
            0,
            Array.from({ length: e.col + 1 }, (_, c) => (c === e.col ? e.value : null)),
          );
        else (values[at] ??= [])[e.col] = e.value;
      }
      const origin = parseCell(table.snapshot.origin) ?? { row: 1, col: 1 };
      const stray = mergeAt.map((r) =>
        formatRange({ top: origin.row + r, left: origin.col, bottom: origin.row + r + 2, right: origin.col + 1 }),
      );
      return { ...table.snapshot, values, merges: [...(table.snapshot.merges ?? []), ...stray] };
    });
}

/** A workbook: a few snapshots, sometimes a criteria table, clean or noisy. */
export function workbook(options: SnapshotOptions = {}): fc.Arbitrary<SheetSnapshot[]> {
  const sheet = fc.oneof(
    { arbitrary: snapshot(options), weight: 3 },
    { arbitrary: criteriaTable().map((t) => t.snapshot), weight: 1 },
    { arbitrary: noisyTable(), weight: 2 },
  );
  return fc.array(sheet, { maxLength: 4 });
}

/** Snapshots that break the types: what a buggy host or a hand-edited file might send. */
export const malformedSnapshot: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.oneof(fc.string(), fc.constant(undefined), fc.constant(42)),
    origin: fc.constantFrom('A1', '', 'A0', '1A', 'ZZZZ9', '$C$5', 'c5', 'A99999999999', undefined, null),
    values: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant('A1'),
      fc.array(
        fc.oneof(
          fc.constant(null),
          fc.constant(undefined),
          fc.constant('row'),
          fc.array(fc.oneof(cellValue, fc.constant(undefined), fc.constant({}), fc.constant([1]), fc.constant({ error: 42 })), {
            maxLength: 6,
          }),
        ),
        { maxLength: 8 },
      ),
    ),
    formulas: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant([[]]),
      fc.array(fc.array(fc.oneof(fc.constant('=A1'), fc.constant(7), fc.constant(null)))),
      fc.constant([null]),
    ),
    merges: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant('A1:B2'),
      fc.array(fc.oneof(fc.constant('A1:B2'), fc.constant(null), fc.constant(5), fc.constant({})), { maxLength: 3 }),
    ),
  })
  .map((s) => s as unknown as SheetSnapshot);

// ---- Well-formed criteria tables ----

/** What one score or cap cell holds, and the number it counts for (null: it does not count). */
export interface ScoreCell {
  value: CellValue;
  /** The number the cell stands for (numbers and numbers stored as text). */
  number: number | null;
}

export interface CriterionModel {
  order: string;
  title: string;
  cap: ScoreCell;
  self: ScoreCell;
  appraised: ScoreCell;
  capCell: string;
  selfCell: string;
  /** "" when the table has no appraised column. */
  appraisedCell: string;
}

export interface GroupModel {
  title: string;
  /** Where the reader finds the group's title. */
  cell: string;
  /** Declared points, written in the title and/or the cap column; null when none. */
  declared: number | null;
  criteria: CriterionModel[];
}

export interface SectionModel {
  kind: ScoreKind;
  /** The label the report gives ("I", "II"); "" for a table without section rows. */
  label: string;
  /** The title as written in the sheet (NFC), points included. */
  title: string;
  cell: string;
  cap: number | null;
  declaredSelf: number | null;
  groups: GroupModel[];
}

/** A "Tổng cộng" row under the table: the sums it states, right or wrong. */
export interface GrandTotalModel {
  values: { kind: 'cap' | 'self' | 'appraised'; value: number; cell: string; right: boolean }[];
}

export type GroupLayout = 'merged-column' | 'repeated-column' | 'heading-rows';

export interface CriteriaTable {
  snapshot: SheetSnapshot;
  layout: GroupLayout;
  /** 1-based sheet row of the (first) header row. */
  headerRow: number;
  sections: SectionModel[];
  grandTotal: GrandTotalModel | null;
}

/** Quarters are exact in binary floating point: the generator's sums are exact too. */
const quarter = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((q) => q / 4);

const scoreNumber = (value: number, asText: boolean): ScoreCell => ({
  value: asText ? String(value).replace('.', ',') : value,
  number: value + 0,
});

const NOT_COUNTED: ScoreCell = { value: null, number: null };

/** A cap: mostly a number; sometimes a number stored as text, negative, blank, text, an error. */
const capCell: fc.Arbitrary<ScoreCell> = fc.oneof(
  { arbitrary: quarter(0, 30).map((v) => scoreNumber(v, false)), weight: 10 },
  { arbitrary: quarter(0, 30).map((v) => scoreNumber(v, true)), weight: 1 },
  { arbitrary: quarter(-5, -0.25).map((v) => scoreNumber(v, false)), weight: 1 },
  {
    arbitrary: fc.constantFrom<ScoreCell>(NOT_COUNTED, { value: 'x', number: null }, { value: { error: '#REF!' }, number: null }),
    weight: 1,
  },
);

/** A score: valid, over the cap, negative, as text, not a number, an error or blank. */
const scoreCell: fc.Arbitrary<ScoreCell> = fc.oneof(
  { arbitrary: quarter(0, 35).map((v) => scoreNumber(v, false)), weight: 10 },
  { arbitrary: quarter(0, 35).map((v) => scoreNumber(v, true)), weight: 2 },
  { arbitrary: quarter(-5, -0.25).map((v) => scoreNumber(v, false)), weight: 1 },
  {
    arbitrary: fc.constantFrom<ScoreCell>(
      NOT_COUNTED,
      { value: 'đạt', number: null },
      { value: 'không', number: null },
      { value: { error: '#DIV/0!' }, number: null },
      { value: '#N/A', number: null },
    ),
    weight: 2,
  },
);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

interface Spelling {
  diacritics: boolean;
  nfd: boolean;
}

/** Writes a label as the layout spells it: NFC, NFD or without diacritics. */
function spell(text: string, s: Spelling): string {
  if (!s.diacritics)
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/Đ/g, 'D')
      .replace(/đ/g, 'd');
  return s.nfd ? text.normalize('NFD') : text;
}

/** Titles from plain words (no points, no labels the reader reacts to). */
const TITLE_WORDS = [
  'Kết nạp',
  'đoàn viên',
  'tuyên truyền',
  'phong trào',
  'thi đua',
  'nữ công',
  'chăm lo',
  'đời sống',
  'người lao động',
  'kiểm tra',
  'xã hội',
  'an toàn',
];
const title = fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 4 }).map((w) => {
  const text = w.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
});

/** How a declared number relates to the sum it declares. */
type Declared = 'none' | 'sum' | 'other';
const declaredKind = fc.constantFrom<Declared>('none', 'sum', 'other');

const criterionDraft = fc.record({ title, cap: capCell, self: scoreCell, appraised: scoreCell });
const groupDraft = fc.record({
  title,
  declared: declaredKind,
  criteria: fc.array(criterionDraft, { minLength: 1, maxLength: 5 }),
});
const sectionDraft = fc.record({
  title,
  /** Bonus and penalty sections (Điểm thưởng, Điểm trừ) count differently (scoring contract). */
  kind: fc.constantFrom<ScoreKind>('base', 'base', 'bonus', 'penalty'),
  labelStyle: fc.constantFrom('muc', 'bare', 'dot', 'inline'),
  cap: declaredKind,
  self: declaredKind,
  groups: fc.array(groupDraft, { minLength: 1, maxLength: 3 }),
});

type TableDraft = {
  layout: GroupLayout;
  twoRowHeader: boolean;
  appraisedColumn: boolean;
  spelling: Spelling;
  withSections: boolean;
  sections: (typeof sectionDraft extends fc.Arbitrary<infer T> ? T : never)[];
  pointsInColumn: 'title' | 'column' | 'both';
  grandTotal: Declared;
  preamble: number;
  origin: { row: number; col: number };
};

/** A generated table: its model (what a reader should find) and its sheet. */
export function criteriaTable(): fc.Arbitrary<CriteriaTable> {
  return fc
    .record({
      layout: fc.constantFrom<GroupLayout>('merged-column', 'repeated-column', 'heading-rows'),
      twoRowHeader: fc.boolean(),
      appraisedColumn: fc.boolean(),
      spelling: fc.record({ diacritics: fc.boolean(), nfd: fc.boolean() }),
      withSections: fc.boolean(),
      sections: fc.array(sectionDraft, { minLength: 1, maxLength: 3 }),
      pointsInColumn: fc.constantFrom<TableDraft['pointsInColumn']>('title', 'column', 'both'),
      grandTotal: declaredKind,
      preamble: fc.integer({ min: 0, max: 4 }),
      origin,
    })
    .map((d) =>
      buildTable({
        ...d,
        // Without section rows there is no title to name a kind.
        sections: d.withSections ? d.sections : d.sections.slice(0, 1).map((sd) => ({ ...sd, kind: 'base' as const })),
      }),
    );
}

const sumOf = (xs: (number | null)[]) => xs.reduce<number>((total, x) => total + (x ?? 0), 0);

/** A declared number: none, the right sum, or a wrong one ("(N điểm)" has no minus sign). */
function declare(kind: Declared, sum: number): number | null {
  if (kind === 'none' || sum < 0) return null;
  return kind === 'sum' ? sum : sum + 5;
}

/** Points as a Vietnamese document writes them: 12,5. */
function formatPoints(n: number): string {
  return String(n).replace('.', ',');
}

/** Lays the drafted table out on a sheet, recording where each part lands. */
function buildTable(d: TableDraft): CriteriaTable {
  const s = d.spelling;
  const points = (n: number, self: number | null = null) =>
    spell(`(${self === null ? '' : `${formatPoints(self)}/`}${formatPoints(n)} điểm)`, s);
  const hasGroupColumn = d.layout !== 'heading-rows';
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const { origin } = d;
  // Columns, 0-based within the snapshot.
  const col = { group: hasGroupColumn ? 0 : -1, order: hasGroupColumn ? 1 : 0, title: hasGroupColumn ? 2 : 1 };
  const cap = col.title + 1;
  const self = cap + 1;
  const appraised = d.appraisedColumn ? self + 1 : -1;
  const width = d.appraisedColumn ? appraised + 1 : self + 1;
  const at = (r: number, c: number) => formatCell(origin.row + r, origin.col + c);
  const put = (r: CellValue[], c: number, v: CellValue) => {
    while (r.length < c) r.push(null);
    r[c] = v;
  };

  for (let i = 0; i < d.preamble; i++) rows.push(i === 0 ? [spell('BẢNG TIÊU CHÍ THI ĐUA NĂM 2024', s)] : []);
  const headerRow = origin.row + rows.length;

  // Header: one row, or a merged "Điểm" over "Chuẩn | Tự chấm | Thẩm định".
  const top: CellValue[] = [];
  if (hasGroupColumn) put(top, col.group, spell('Nhóm lĩnh vực', s));
  put(top, col.order, spell('Thứ tự', s));
  put(top, col.title, spell('Nội dung tiêu chí thi đua', s));
  if (d.twoRowHeader) {
    put(top, cap, spell('Điểm', s));
    const sub: CellValue[] = [];
    put(sub, cap, spell('Chuẩn', s));
    put(sub, self, spell('Tự chấm', s));
    if (appraised >= 0) put(sub, appraised, spell('Thẩm định', s));
    const h = rows.length;
    merges.push(`${at(h, cap)}:${at(h, width - 1)}`);
    for (let c = 0; c < cap; c++) merges.push(`${at(h, c)}:${at(h + 1, c)}`);
    rows.push(top, sub);
  } else {
    put(top, cap, spell('Điểm chuẩn', s));
    put(top, self, spell('Điểm tự chấm', s));
    if (appraised >= 0) put(top, appraised, spell('Điểm thẩm định', s));
    rows.push(top);
  }

  const sections: SectionModel[] = [];
  let groupNumber = 0;
  d.sections.forEach((sd, si) => {
    const capSum = sumOf(sd.groups.flatMap((g) => g.criteria.map((c) => c.cap.number)));
    const selfSum = sumOf(sd.groups.flatMap((g) => g.criteria.map((c) => countedScore(c.self.number, sd.kind))));
    const sectionCap = d.withSections ? declare(sd.cap, capSum) : null;
    const declaredSelf = sectionCap === null ? null : declare(sd.self, selfSum);
    let sectionTitle = '';
    let sectionCell = '';
    if (d.withSections) {
      const numeral = ROMAN[si];
      const named = { base: '', bonus: 'Điểm thưởng ', penalty: 'Điểm trừ ' }[sd.kind];
      const titleText = spell(
        `${named}${sd.title} ${si + 1}${sectionCap === null ? '' : ` ${points(sectionCap, declaredSelf)}`}`,
        s,
      );
      const r: CellValue[] = [];
      const labelCol = hasGroupColumn ? col.group : col.order;
      if (sd.labelStyle === 'inline') {
        put(r, labelCol, `${numeral}. ${titleText}`);
        merges.push(`${at(rows.length, labelCol)}:${at(rows.length, cap - 1)}`);
        sectionCell = at(rows.length, labelCol);
      } else {
        put(
          r,
          labelCol,
          sd.labelStyle === 'muc' ? spell(`Mục ${numeral}`, s) : sd.labelStyle === 'dot' ? `${numeral}.` : numeral,
        );
        put(r, col.title, titleText);
        sectionCell = at(rows.length, col.title);
      }
      sectionTitle = (r[r.length - 1] as string).normalize('NFC');
      rows.push(r);
    }

    const groups = sd.groups.map((gd): GroupModel => {
      groupNumber++;
      const groupTitle = spell(`${gd.title} nhóm ${groupNumber}`, s);
      const declared = declare(gd.declared, sumOf(gd.criteria.map((c) => c.cap.number)));
      const inTitle = declared !== null && (d.layout !== 'heading-rows' || d.pointsInColumn !== 'column');
      const titleCell = inTitle ? `${groupTitle} ${points(declared)}` : groupTitle;
      const firstRow = rows.length;
      const groupCell = at(firstRow, hasGroupColumn ? col.group : col.title);
      if (d.layout === 'heading-rows') {
        const r: CellValue[] = [];
        put(r, col.order, String(groupNumber));
        put(r, col.title, titleCell);
        if (declared !== null && d.pointsInColumn !== 'title') put(r, cap, declared);
        rows.push(r);
      }
      const criteria = gd.criteria.map((cd, ci): CriterionModel => {
        const order = d.layout === 'heading-rows' ? `${groupNumber}.${ci + 1}` : String(ci + 1);
        const criterionTitle = spell(cd.title, s);
        const r: CellValue[] = [];
        if (d.layout === 'repeated-column' || (d.layout === 'merged-column' && ci === 0)) put(r, col.group, titleCell);
        put(r, col.order, order);
        put(r, col.title, criterionTitle);
        put(r, cap, cd.cap.value);
        put(r, self, cd.self.value);
        if (appraised >= 0) put(r, appraised, cd.appraised.value);
        const here = rows.length;
        rows.push(r);
        return {
          order,
          title: criterionTitle.normalize('NFC'),
          cap: cd.cap,
          self: cd.self,
          appraised: appraised >= 0 ? cd.appraised : NOT_COUNTED,
          capCell: at(here, cap),
          selfCell: at(here, self),
          appraisedCell: appraised >= 0 ? at(here, appraised) : '',
        };
      });
      if (d.layout === 'merged-column' && criteria.length > 1)
        merges.push(`${at(firstRow, col.group)}:${at(rows.length - 1, col.group)}`);
      return { title: groupTitle.normalize('NFC'), cell: groupCell, declared, criteria };
    });
    sections.push({
      kind: sd.kind,
      label: d.withSections ? ROMAN[si] : '',
      title: sectionTitle,
      cell: sectionCell,
      cap: sectionCap,
      declaredSelf,
      groups,
    });
  });

  // A grand total may state the final score, the base points or the plain sum: the generator states base tables' only.
  const grandTotal =
    d.grandTotal === 'none' || sections.some((sec) => sec.kind !== 'base')
      ? null
      : totalRow(sections, d.grandTotal === 'sum', rows.length, { cap, self, appraised }, at);
  if (grandTotal) {
    const r: CellValue[] = [];
    put(r, col.title, spell('Tổng cộng', s));
    for (const v of grandTotal.values) put(r, { cap, self, appraised }[v.kind], v.value);
    rows.push(r);
  }

  return {
    snapshot: { name: spell('Tiêu chí', s), origin: formatCell(origin.row, origin.col), values: rows, merges },
    layout: d.layout,
    headerRow,
    sections,
    grandTotal,
  };
}

/** The table's sums as a "Tổng cộng" row states them; when not right, its self sum is one too many. */
function totalRow(
  sections: SectionModel[],
  right: boolean,
  row: number,
  cols: Record<'cap' | 'self' | 'appraised', number>,
  at: (r: number, c: number) => string,
): GrandTotalModel {
  const criteria = sections.flatMap((sec) => sec.groups.flatMap((g) => g.criteria));
  const appraised = criteria.map((c) => countedScore(c.appraised.number, 'base'));
  const values: GrandTotalModel['values'] = [
    { kind: 'cap', value: sumOf(criteria.map((c) => c.cap.number)), cell: at(row, cols.cap), right: true },
    {
      kind: 'self',
      value: sumOf(criteria.map((c) => countedScore(c.self.number, 'base'))) + (right ? 0 : 1),
      cell: at(row, cols.self),
      right,
    },
  ];
  if (cols.appraised >= 0 && appraised.some((a) => a !== null))
    values.push({ kind: 'appraised', value: sumOf(appraised), cell: at(row, cols.appraised), right: true });
  return { values };
}
