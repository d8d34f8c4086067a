// Issue severities and messages, in Vietnamese and English.
import type { Finding, IssueCode, IssueParams, Lang, Severity } from './types';

export const SEVERITY: Record<IssueCode, Severity> = {
  SCORE_NOT_NUMBER: 'error',
  NUMBER_AS_TEXT: 'warning',
  SCORE_OVER_CAP: 'error',
  SCORE_NEGATIVE: 'error',
  NUMBER_TOO_LARGE: 'error',
  SCORE_MISSING: 'warning',
  CAP_MISSING: 'error',
  GROUP_CAP_MISMATCH: 'error',
  SECTION_CAP_MISMATCH: 'warning',
  DECLARED_TOTAL_MISMATCH: 'warning',
  TOTAL_ROW_MISMATCH: 'warning',
  APPRAISED_DIFFERS: 'info',
  MONTH_MISSING: 'warning',
  MONTH_DUPLICATE: 'warning',
  REPEATED_HEADER: 'info',
  NO_TABLE_FOUND: 'warning',
  SHEET_TOO_LARGE: 'warning',
  CELL_TOO_LONG: 'warning',
  BONUS_OVER_CAP: 'warning',
  PENALTY_OVER_CAP: 'warning',
  EVIDENCE_MISSING: 'info',
  RULES_INVALID: 'error',
};

type Template = (p: IssueParams, lang: Lang) => string;

/** Formats numbers the way each language writes them: 4,5 in Vietnamese, 4.5 in English. */
export function formatNumber(n: unknown, lang: Lang): string {
  if (typeof n !== 'number') return String(n ?? '');
  // Six decimals at most; scaling a number near Excel's 1e308 by 1e6 would make it ∞.
  const rounded = Math.abs(n) < 1e9 ? Math.round(n * 1e6) / 1e6 : n;
  return rounded.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6, useGrouping: false });
}

/** A cell's text quoted in a message, cut short: the cell itself holds the whole of it. */
function quoted(v: unknown): string {
  const text = String(v ?? '').replace(/\s+/g, ' ');
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

function scoreKind(p: IssueParams, lang: Lang): string {
  const vi: Record<string, string> = { cap: 'Điểm chuẩn', appraised: 'Điểm thẩm định' };
  const en: Record<string, string> = { cap: 'Cap', appraised: 'Appraised score' };
  return (lang === 'vi' ? vi : en)[String(p.kind)] ?? (lang === 'vi' ? 'Điểm tự chấm' : 'Self score');
}

/** "tự chấm" / "thẩm định" of a side's figure. */
function sideWord(p: IssueParams, lang: Lang): string {
  if (lang === 'vi') return p.kind === 'appraised' ? 'thẩm định' : 'tự chấm';
  return p.kind === 'appraised' ? 'appraised' : 'self';
}

function totalKind(p: IssueParams, lang: Lang): string {
  const vi: Record<string, string> = { cap: 'điểm chuẩn', self: 'điểm tự chấm', appraised: 'điểm thẩm định' };
  const en: Record<string, string> = { cap: 'caps', self: 'self scores', appraised: 'appraised scores' };
  return (lang === 'vi' ? vi : en)[String(p.kind)] ?? String(p.kind ?? '');
}

/** Why classification rules cannot be read (RulesProblem of scoring/rules.ts), in words. */
export function rulesReason(p: IssueParams, lang: Lang): string {
  const value = quoted(p.value);
  const vi: Record<string, string> = {
    notObject: 'không phải dạng { "basis", "bands" }',
    basis: `"basis" ${value} phải là "points" hoặc "percent"`,
    noBands: 'không có mức xếp loại nào',
    label: 'có mức xếp loại không có tên',
    minNotNumber: `mức ${value} không có điểm thấp nhất bằng số`,
    sameMin: `mức ${value} trùng điểm thấp nhất với một mức khác`,
  };
  const en: Record<string, string> = {
    notObject: 'not of the form { "basis", "bands" }',
    basis: `"basis" ${value} must be "points" or "percent"`,
    noBands: 'no bands',
    label: 'a band has no label',
    minNotNumber: `band ${value} has no numeric lowest score`,
    sameMin: `band ${value} has the same lowest score as another`,
  };
  return (lang === 'vi' ? vi : en)[String(p.reason)] ?? String(p.reason ?? '');
}

const TEXTS: Record<IssueCode, { vi: Template; en: Template }> = {
  SCORE_NOT_NUMBER: {
    vi: (p, l) => `${scoreKind(p, l)} ${quoted(p.value)} không phải là số`,
    en: (p, l) => `${scoreKind(p, l)} ${quoted(p.value)} is not a number`,
  },
  NUMBER_AS_TEXT: {
    vi: (p, l) => `${scoreKind(p, l)} ${quoted(p.value)} được lưu dạng văn bản: vẫn được tính, nhưng hàm SUM của Excel sẽ bỏ qua`,
    en: (p, l) => `${scoreKind(p, l)} ${quoted(p.value)} is stored as text: it is counted, but Excel's SUM skips it`,
  },
  SCORE_OVER_CAP: {
    vi: (p, l) => `${scoreKind(p, l)} ${formatNumber(p.score, l)} vượt điểm chuẩn ${formatNumber(p.cap, l)}`,
    en: (p, l) => `${scoreKind(p, l)} ${formatNumber(p.score, l)} is above the cap of ${formatNumber(p.cap, l)}`,
  },
  SCORE_NEGATIVE: {
    vi: (p, l) => `${scoreKind(p, l)} ${formatNumber(p.score, l)} nhỏ hơn 0`,
    en: (p, l) => `${scoreKind(p, l)} ${formatNumber(p.score, l)} is below zero`,
  },
  NUMBER_TOO_LARGE: {
    vi: (p, l) =>
      `${scoreKind(p, l)} ${formatNumber(p.value, l)} quá lớn (trên ${formatNumber(p.limit, l)}): không được cộng vào tổng`,
    en: (p, l) =>
      `${scoreKind(p, l)} ${formatNumber(p.value, l)} is too large (over ${formatNumber(p.limit, l)}): it is not added to the totals`,
  },
  SCORE_MISSING: {
    vi: () => 'Tiêu chí có điểm chuẩn nhưng chưa có điểm tự chấm',
    en: () => 'The criterion has a cap but no self score',
  },
  CAP_MISSING: {
    vi: () => 'Tiêu chí có điểm chấm nhưng không có điểm chuẩn bằng số',
    en: () => 'The criterion has scores but no numeric cap',
  },
  GROUP_CAP_MISMATCH: {
    vi: (p, l) => `Nhóm ghi ${formatNumber(p.declared, l)} điểm nhưng tổng điểm chuẩn các tiêu chí là ${formatNumber(p.sum, l)}`,
    en: (p, l) =>
      `The group declares ${formatNumber(p.declared, l)} points but its criteria caps add up to ${formatNumber(p.sum, l)}`,
  },
  SECTION_CAP_MISMATCH: {
    vi: (p, l) =>
      `Mục ghi tối đa ${formatNumber(p.declared, l)} điểm nhưng tổng điểm chuẩn các tiêu chí là ${formatNumber(p.sum, l)}`,
    en: (p, l) =>
      `The section declares a maximum of ${formatNumber(p.declared, l)} points but its criteria caps add up to ${formatNumber(p.sum, l)}`,
  },
  DECLARED_TOTAL_MISMATCH: {
    vi: (p, l) => `Mục ghi tự chấm ${formatNumber(p.declared, l)} điểm nhưng tổng điểm tự chấm là ${formatNumber(p.computed, l)}`,
    en: (p, l) =>
      `The section declares a self total of ${formatNumber(p.declared, l)} but the self scores add up to ${formatNumber(p.computed, l)}`,
  },
  TOTAL_ROW_MISMATCH: {
    vi: (p, l) =>
      p.of === 'parts'
        ? `Tiêu chí ghi ${formatNumber(p.value, l)} nhưng ${totalKind(p, l)} các ý a), b)… cộng lại là ${formatNumber(p.computed, l)}`
        : `Dòng cộng ghi ${formatNumber(p.value, l)} nhưng tổng ${totalKind(p, l)} tính được là ${formatNumber(p.computed, l)}`,
    en: (p, l) =>
      p.of === 'parts'
        ? `The criterion shows ${formatNumber(p.value, l)} but the ${totalKind(p, l)} of its parts a), b)… add up to ${formatNumber(p.computed, l)}`
        : `The total row shows ${formatNumber(p.value, l)} but the ${totalKind(p, l)} add up to ${formatNumber(p.computed, l)}`,
  },
  APPRAISED_DIFFERS: {
    vi: (p, l) => `Điểm thẩm định ${formatNumber(p.appraised, l)} khác điểm tự chấm ${formatNumber(p.self, l)}`,
    en: (p, l) => `Appraised score ${formatNumber(p.appraised, l)} differs from the self score ${formatNumber(p.self, l)}`,
  },
  MONTH_MISSING: {
    vi: (p) => `Kế hoạch thiếu tháng ${p.months}`,
    en: (p) => `The plan lacks month ${p.months}`,
  },
  MONTH_DUPLICATE: {
    vi: (p) => `Tháng ${p.month} xuất hiện hai lần (lần đầu ở ô ${p.first})`,
    en: (p) => `Month ${p.month} appears twice (first at ${p.first})`,
  },
  REPEATED_HEADER: {
    vi: () => 'Dòng tiêu đề bảng lặp lại (do ngắt trang khi dán từ tài liệu): đã bỏ qua',
    en: () => 'Repeated table header row (a page break of a pasted document): skipped',
  },
  NO_TABLE_FOUND: {
    vi: () => 'Không tìm thấy bảng tiêu chí thi đua hay bảng nhiệm vụ nào trong tệp',
    en: () => 'No criteria table and no plan table found in the workbook',
  },
  SHEET_TOO_LARGE: {
    vi: (p) => `Trang tính có ${p.rows} dòng, vượt giới hạn ${p.limit} dòng được kiểm tra: phần sau bị bỏ qua`,
    en: (p) => `The sheet has ${p.rows} rows, more than the ${p.limit} rows checked: the rest is skipped`,
  },
  CELL_TOO_LONG: {
    vi: (p) => `Ô chứa ${p.length} ký tự, vượt giới hạn ${p.limit} ký tự của Excel`,
    en: (p) => `The cell holds ${p.length} characters, more than Excel's limit of ${p.limit}`,
  },
  BONUS_OVER_CAP: {
    vi: (p, l) =>
      `Điểm thưởng ${sideWord(p, l)} cộng lại ${formatNumber(p.sum, l)} vượt mức tối đa ${formatNumber(p.ceiling, l)}: chỉ tính ${formatNumber(p.ceiling, l)}`,
    en: (p, l) =>
      `Bonus points (${sideWord(p, l)}) add up to ${formatNumber(p.sum, l)}, above the ceiling of ${formatNumber(p.ceiling, l)}: ${formatNumber(p.ceiling, l)} is counted`,
  },
  PENALTY_OVER_CAP: {
    vi: (p, l) =>
      `Điểm trừ ${sideWord(p, l)} cộng lại ${formatNumber(p.sum, l)} vượt mức trừ tối đa ${formatNumber(p.ceiling, l)}: chỉ trừ ${formatNumber(p.ceiling, l)}`,
    en: (p, l) =>
      `Deductions (${sideWord(p, l)}) add up to ${formatNumber(p.sum, l)}, above the ceiling of ${formatNumber(p.ceiling, l)}: ${formatNumber(p.ceiling, l)} is deducted`,
  },
  EVIDENCE_MISSING: {
    vi: (p, l) => `Tự chấm ${formatNumber(p.self, l)} điểm nhưng chưa ghi căn cứ, minh chứng`,
    en: (p, l) => `A self score of ${formatNumber(p.self, l)} with no evidence given`,
  },
  RULES_INVALID: {
    vi: (p) => `Quy định xếp loại không đọc được: ${rulesReason(p, 'vi')}`,
    en: (p) => `The classification rules cannot be read: ${rulesReason(p, 'en')}`,
  },
};

export function issueMessage(f: Pick<Finding, 'code' | 'params'>, lang: Lang): string {
  const t = TEXTS[f.code];
  return t ? t[lang](f.params ?? {}, lang) : f.code;
}
