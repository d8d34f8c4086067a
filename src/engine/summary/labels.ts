// The fixed words of the bloc's summary workbook, in Vietnamese and English. The
// sheet names and the titles the engine knows its own sheets by stay Vietnamese.
import type { Lang } from '../types';

export const SUMMARY_SHEET_NAME = 'Tổng hợp';
export const DETAIL_SHEET_NAME = 'Chi tiết';
/** A1 of each sheet: analyzeSheet skips a sheet opening with one of them (it is no unit's score sheet). */
export const SUMMARY_TITLE = 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA';
export const DETAIL_TITLE = 'CHI TIẾT ĐIỂM THI ĐUA THEO TIÊU CHÍ';

export interface SummaryLabels {
  dateLine: (day: number, month: number, year: number) => string;
  rankedBy: { appraised: string; self: string };
  rank: string;
  unit: string;
  self: string;
  appraised: string;
  parts: [string, string, string, string];
  percent: string;
  classification: string;
  errors: string;
  warnings: string;
  order: string;
  criterion: string;
  cap: string;
  notIn: (units: string) => string;
  partialNote: (n: number) => string;
  differsNote: string;
  final: string;
  signers: [string, string];
  signHint: string;
  chartTitle: string;
}

export const SUMMARY_LABELS: Record<Lang, SummaryLabels> = {
  vi: {
    dateLine: (d, m, y) => `Ngày ${d} tháng ${m} năm ${y}`,
    rankedBy: { appraised: 'Xếp hạng theo điểm thẩm định', self: 'Xếp hạng theo điểm tự chấm' },
    rank: 'Hạng',
    unit: 'Đơn vị',
    self: 'Tự chấm',
    appraised: 'Thẩm định',
    parts: ['Cơ bản', 'Thưởng', 'Trừ', 'Tổng'],
    percent: 'Tỷ lệ (%)',
    classification: 'Xếp loại',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    order: 'TT',
    criterion: 'Tiêu chí',
    cap: 'Điểm chuẩn',
    notIn: (units) => `Không có ở: ${units}`,
    partialNote: (n) => `${n} tiêu chí không có ở mọi đơn vị: ô của đơn vị không có để trống.`,
    differsNote: 'Ô tô màu: điểm thẩm định khác điểm tự chấm.',
    final: 'Tổng điểm',
    signers: ['NGƯỜI LẬP BẢNG', 'TM. THƯỜNG TRỰC KHỐI'],
    signHint: '(Ký, ghi rõ họ tên)',
    chartTitle: 'Tổng điểm các đơn vị',
  },
  en: {
    dateLine: (d, m, y) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    rankedBy: { appraised: 'Ranked by appraised score', self: 'Ranked by self score' },
    rank: 'Rank',
    unit: 'Unit',
    self: 'Self',
    appraised: 'Appraised',
    parts: ['Base', 'Bonus', 'Penalty', 'Final'],
    percent: 'Percent',
    classification: 'Classification',
    errors: 'Errors',
    warnings: 'Warnings',
    order: 'No.',
    criterion: 'Criterion',
    cap: 'Cap',
    notIn: (units) => `Not in: ${units}`,
    partialNote: (n) => `${n} criteria are not in every unit: the cells of units without them are blank.`,
    differsNote: 'Shaded cells: the appraised score differs from the self score.',
    final: 'Final score',
    signers: ['PREPARED BY', 'FOR THE BLOC'],
    signHint: '(Signature, full name)',
    chartTitle: "Units' final scores",
  },
};
