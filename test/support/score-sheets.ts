// A member union's score sheet (Bảng chấm điểm thi đua) as rows of cells, shaped like
// test/fixtures/scoring-sample.xlsx: base criteria in two groups, a bonus section with
// a ceiling, a penalty section. For the bloc summary's tests, on disk and in memory.
import type { CellValue } from '../../src/engine/types';

export interface UnitScores {
  /** Self and appraised scores of the six base criteria (caps 10, 10, 10, 15, 10, 5); appraised null: none entered. */
  self: number[];
  appraised?: (number | null)[] | null;
  /** Bonus self/appraised of two criteria (caps 5, 5) under a 6-point ceiling. */
  bonus?: [number, number][];
  /** Deductions self/appraised of one criterion (cap 3). */
  penalty?: [number, number];
  /** Title of the last base criterion (to make one unit's table differ). */
  lastTitle?: string;
  /** Leave the last base criterion out. */
  dropLast?: boolean;
}

const BASE = [
  ['1.1', 'Phát triển đoàn viên mới', 10],
  ['1.2', 'Xây dựng công đoàn cơ sở vững mạnh', 10],
  ['1.3', 'Đào tạo, bồi dưỡng cán bộ công đoàn', 10],
  ['2.1', 'Thương lượng, ký kết thỏa ước lao động tập thể', 15],
  ['2.2', 'Tổ chức Hội nghị người lao động', 10],
  ['2.3', 'Chăm lo Tết cho đoàn viên, người lao động', 5],
] as const;

/** The six base criteria are worth 60 points. */
export const BASE_MAX = 60;

export function scoreRows(u: UnitScores): CellValue[][] {
  const withAppraised = u.appraised !== undefined;
  const row = (cells: CellValue[], self: CellValue = null, appraised: CellValue = null): CellValue[] =>
    withAppraised ? [...cells, self, appraised] : [...cells, self];
  const base = BASE.slice(0, u.dropLast ? 5 : 6).map(([order, title, cap], i) =>
    row([order, i === 5 && u.lastTitle ? u.lastTitle : title, cap], u.self[i], u.appraised?.[i] ?? null),
  );
  const rows: CellValue[][] = [
    ['CÔNG ĐOÀN CƠ SỞ'],
    ['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024'],
    withAppraised
      ? ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định']
      : ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm'],
    ['I.', 'Tiêu chí cơ bản (60 điểm)'],
    ['1', 'Công tác tổ chức, xây dựng công đoàn (30 điểm)'],
    ...base.slice(0, 3),
    ['2', 'Công tác chăm lo, bảo vệ quyền lợi đoàn viên (30 điểm)'],
    ...base.slice(3),
  ];
  if (u.bonus) {
    rows.push(['II.', 'Điểm thưởng (tối đa 6 điểm)']);
    u.bonus.forEach(([s, a], i) => rows.push(row([String(i + 1), `Thành tích ${i + 1} được khen thưởng`, 5], s, a)));
  }
  if (u.penalty) {
    rows.push(['III.', 'Điểm trừ']);
    rows.push(row(['1', 'Chậm nộp báo cáo định kỳ', 3], u.penalty[0], u.penalty[1]));
  }
  return rows;
}
