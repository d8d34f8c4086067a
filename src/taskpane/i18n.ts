// Every string the task pane shows, in Vietnamese (default) and English.
import type { GatewayErrorCode } from '../excel/api';
import type { Lang, PlanSettings, Severity } from '../engine/types';

export type Params = Record<string, string | number>;

/** Keys of the messages the controller puts into its notice (rendered in the current language). */
export type MessageKey =
  | 'checked'
  | 'guarded'
  | 'guardedSkipped'
  | 'unguarded'
  | 'totalsWritten'
  | 'summaryWritten'
  | 'summaryNumbered'
  | 'summaryNoChart'
  | 'planInserted'
  | 'yearInserted'
  | 'settingsSaved'
  | 'rulesSaved'
  | 'noCriteria'
  | 'mergesUnread'
  | `error.${GatewayErrorCode}`;

/** "14:05", the same in both languages. */
const clock = (at: Date) => `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;

/** ` "Sheet1"` when a sheet is named, nothing otherwise. */
const quoted = (sheet: string | number | undefined) => (sheet ? ` "${sheet}"` : '');

const vi = {
  appTitle: 'Thi đua',
  notInExcel: 'Ngăn Thi đua chạy trong Excel: hãy mở bằng nút Thi đua trên thẻ Trang đầu (Home) của Excel.',
  loading: 'Đang đọc sổ tính…',
  tabs: { scores: 'Điểm', issues: 'Lỗi', plan: 'Kế hoạch' },
  tabListLabel: 'Các phần của ngăn Thi đua',
  actions: {
    refresh: 'Kiểm tra lại',
    guard: 'Bảo vệ điểm',
    unguard: 'Gỡ bảo vệ',
    totals: 'Ghi tổng điểm',
    summary: 'Tổng hợp khối',
    insertPlan: 'Chèn kế hoạch tháng',
    insertYear: 'Chèn cả 12 tháng',
    saveSettings: 'Lưu thiết lập',
    saveRules: 'Lưu xếp loại',
  },
  actionsLabel: 'Thao tác',
  busy: {
    refresh: 'Đang kiểm tra…',
    guard: 'Đang bảo vệ ô điểm…',
    unguard: 'Đang gỡ bảo vệ…',
    totals: 'Đang ghi tổng điểm…',
    summary: 'Đang tổng hợp khối…',
    insertPlan: 'Đang chèn kế hoạch tháng…',
    insertYear: 'Đang chèn kế hoạch 12 tháng…',
    saveSettings: 'Đang lưu thiết lập…',
    saveRules: 'Đang lưu quy định xếp loại…',
  },
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  dismiss: 'Đóng thông báo',
  guardedState: 'Ô điểm đang được bảo vệ',
  liveState: 'Đang theo dõi chỉnh sửa',
  checkedAt: (at: Date) => `Kiểm tra lúc ${clock(at)}`,
  unavailableTitle: 'Excel này thiếu một số tính năng:',
  features: {
    guards: 'bảo vệ điểm (ExcelApi 1.8)',
    liveEvents: 'kiểm tra ngay khi sửa (ExcelApi 1.7)',
    mergedAreas: 'đọc ô gộp trong một lần (ExcelApi 1.13; đọc từng dòng thay thế)',
    settings: 'lưu thiết lập trong sổ tính (ExcelApi 1.4)',
  },
  scores: {
    noSheets: 'Không tìm thấy bảng tiêu chí thi đua nào trong sổ tính.',
    ranking: { self: 'Xếp hạng theo điểm tự chấm', appraised: 'Xếp hạng theo điểm thẩm định' },
    final: 'Tổng điểm',
    classification: 'Xếp loại',
    result: {
      label: (sheet: string) => `Kết quả của trang ${sheet}`,
      figure: 'Kết quả',
      base: 'Điểm cơ bản',
      bonus: '+ Điểm thưởng',
      penalty: '− Điểm trừ',
      final: 'Tổng điểm',
      percent: '% điểm tối đa',
      max: (n: string) => `Điểm tối đa (các tiêu chí cơ bản): ${n}`,
      classification: 'Xếp loại',
      rank: (rank: number, of: number) => `Hạng ${rank}/${of}`,
      incomplete: 'Bảng còn lỗi: kết quả chưa chắc chắn',
    },
    rules: {
      inForce: {
        file: (w: string) => `Xếp loại theo tệp ${w}.`,
        workbook: (w: string) => `Xếp loại theo bảng trong sổ tính (${w}).`,
        settings: () => 'Xếp loại theo quy định lưu trong sổ tính.',
      },
      none: 'Chưa có quy định xếp loại.',
      open: 'Xếp loại',
      title: 'Quy định xếp loại',
      intro: 'Mỗi mức: tên và điểm thấp nhất của mức. Một bảng điểm được xếp vào mức cao nhất mà nó đạt.',
      basis: 'Tính theo',
      points: 'Điểm',
      percent: 'Tỷ lệ % điểm tối đa',
      band: (i: number) => `Mức ${i}`,
      label: 'Tên mức',
      min: 'Từ',
      add: 'Thêm mức',
      remove: (i: number) => `Xóa mức ${i}`,
      cancel: 'Hủy',
      workbookFirst: (w: string) => `Sổ tính đã có bảng xếp loại (${w}): bảng đó được dùng trước quy định lưu ở đây.`,
      noSettings: 'Excel này không lưu được thiết lập trong sổ tính (ExcelApi 1.4).',
    },
    rank: 'Hạng',
    sheet: 'Trang tính',
    name: 'Mục / nhóm',
    cap: 'Chuẩn',
    self: 'Tự chấm',
    appraised: 'Thẩm định',
    share: '% chuẩn',
    declared: (n: string) => `Ghi: ${n}`,
    declaredLong: (n: string, computed: string) => `Bảng ghi ${n}, khác với số tính được (${computed})`,
    overCap: 'Vượt điểm chuẩn',
    tableLabel: (sheet: string) => `Tổng điểm của trang ${sheet}`,
  },
  issues: {
    none: 'Không có lỗi nào.',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<Severity, string>,
    /** One issue's severity, as a screen reader names it. */
    kind: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<Severity, string>,
    summary: (e: string, w: string, i: string) => `${e} lỗi, ${w} cảnh báo, ${i} ghi chú`,
    hint: 'Chọn một dòng (bấm chuột, hoặc phím mũi tên rồi Enter) để tới ô đó trong Excel.',
    listLabel: 'Danh sách lỗi',
    workbook: 'Sổ tính',
    itemLabel: (kind: string, message: string, sheet: string, cell: string) =>
      `${kind}, ${sheet ? `trang ${sheet}${cell ? `, ô ${cell}` : ''}` : 'cả sổ tính'}: ${message}`,
  },
  plan: {
    month: 'Tháng',
    year: 'Năm',
    monthName: (m: number) => `Tháng ${m}`,
    preview: (m: number, y: number) => `Công việc tháng ${m}/${y}`,
    noTasks: 'Tháng này chưa có công việc nào trong bảng kế hoạch: sẽ chèn bảng trống.',
    noPlan: 'Sổ tính không có bảng kế hoạch năm: sẽ chèn mẫu kế hoạch trống.',
    note: 'Ghi chú',
    settings: 'Thông tin đơn vị (lưu trong sổ tính)',
    superior: 'Cơ quan cấp trên',
    unit: 'Đơn vị ban hành',
    abbreviation: 'Chữ viết tắt trong số văn bản',
    place: 'Địa danh',
    signerTitle: 'Chức danh người ký',
    signerName: 'Họ tên người ký',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
    hints: {
      unit: 'Để trống thì lấy từ tiêu đề trong sổ tính.',
      abbreviation: 'Số: …/KH-CĐDK. Để trống thì lấy chữ đầu của tên đơn vị.',
      signerTitle: 'TM. BAN THƯỜNG VỤ / CHỦ TỊCH, hoặc KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, mỗi dòng một dòng in.',
      recipients: 'Dòng cuối là nơi lưu: - Lưu: VT, …',
    } as Partial<Record<keyof PlanSettings, string>>,
    orientation: 'Hướng giấy in',
    orientations: { landscape: 'Khổ ngang', portrait: 'Khổ dọc' },
  },
  messages: {
    checked: (p: Params) => `Đã kiểm tra ${p.sheets} trang tính: ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
    guarded: (p: Params) => `Đã bảo vệ ${p.cells} ô điểm.`,
    guardedSkipped: (p: Params) => `Đã bảo vệ ${p.cells} ô điểm; bỏ qua ${p.skipped} ô đã có quy tắc kiểm tra riêng.`,
    unguarded: () => 'Đã gỡ bảo vệ ô điểm.',
    totalsWritten: (p: Params) => `Đã ghi tổng điểm vào trang "${p.sheet}".`,
    summaryWritten: (p: Params) => `Đã tổng hợp ${p.units} đơn vị vào trang "${p.sheet}", kèm biểu đồ tổng điểm.`,
    summaryNumbered: (p: Params) =>
      `Đã tổng hợp ${p.units} đơn vị vào trang "${p.sheet}". Excel này thiếu ExcelApi 1.7: các cột của biểu đồ được đánh số theo hạng, không ghi tên đơn vị.`,
    summaryNoChart: (p: Params) =>
      `Đã tổng hợp ${p.units} đơn vị vào trang "${p.sheet}". Excel này không vẽ được biểu đồ (thiếu ExcelApi 1.1).`,
    planInserted: (p: Params) => `Đã chèn kế hoạch vào trang "${p.sheet}".`,
    yearInserted: (p: Params) => `Đã chèn ${p.count} trang kế hoạch tháng.`,
    settingsSaved: () => 'Đã lưu thông tin đơn vị vào sổ tính.',
    rulesSaved: () => 'Đã lưu quy định xếp loại vào sổ tính.',
    noCriteria: () => 'Chưa có bảng tiêu chí nào để làm việc này.',
    mergesUnread: (p: Params) => `Excel không trả về được các ô gộp của trang ${p.sheets}: đã kiểm tra mà không có chúng.`,
    'error.EDIT_MODE': () => 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong ô rồi thử lại.',
    'error.PROTECTED': (p: Params) => `Trang tính${quoted(p.sheet)} đang được khóa. Bỏ khóa trang rồi thử lại.`,
    'error.SHEET_GONE': (p: Params) => `Trang tính${quoted(p.sheet)} không còn nữa. Bấm Kiểm tra lại.`,
    'error.UNSUPPORTED': () => 'Phiên bản Excel này không hỗ trợ thao tác này.',
    'error.CONFLICT': (p: Params) =>
      p.sheet
        ? `Trang tính "${p.sheet}" vừa bị đổi tên hoặc thay đổi. Bấm Kiểm tra lại rồi thử lại.`
        : 'Sổ tính vừa bị thay đổi bởi người khác. Bấm Kiểm tra lại rồi thử lại.',
    'error.TOO_LARGE': () => 'Vùng dữ liệu quá lớn để xử lý trong một lần.',
    'error.REFUSED': (p: Params) =>
      `Excel không cho làm việc này trên trang tính${quoted(p.sheet)} lúc này. Không có gì bị ghi dở.`,
    'error.EXCEL_FAILED': () => 'Excel không hoàn tất được yêu cầu. Không có gì bị ghi dở; hãy thử lại.',
    'error.UNKNOWN': (p: Params) => `Có lỗi xảy ra${p.detail ? `: ${p.detail}` : ''}. Không có gì bị ghi dở.`,
  } as Record<MessageKey, (p: Params) => string>,
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Thi đua',
  notInExcel: 'The Thi đua pane runs inside Excel: open it with the Thi đua button on Excel’s Home tab.',
  loading: 'Reading the workbook…',
  tabs: { scores: 'Scores', issues: 'Issues', plan: 'Plan' },
  tabListLabel: 'Parts of the Thi đua pane',
  actions: {
    refresh: 'Check again',
    guard: 'Guard scores',
    unguard: 'Remove guards',
    totals: 'Write totals',
    summary: 'Bloc summary',
    insertPlan: 'Insert monthly plan',
    insertYear: 'Insert all 12 months',
    saveSettings: 'Save settings',
    saveRules: 'Save classification',
  },
  actionsLabel: 'Actions',
  busy: {
    refresh: 'Checking…',
    guard: 'Guarding score cells…',
    unguard: 'Removing guards…',
    totals: 'Writing totals…',
    summary: 'Summarizing the bloc…',
    insertPlan: 'Inserting the monthly plan…',
    insertYear: 'Inserting 12 monthly plans…',
    saveSettings: 'Saving settings…',
    saveRules: 'Saving the classification rules…',
  },
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển sang tiếng Việt',
  dismiss: 'Dismiss message',
  guardedState: 'Score cells are guarded',
  liveState: 'Watching edits',
  checkedAt: (at: Date) => `Checked at ${clock(at)}`,
  unavailableTitle: 'This Excel lacks some features:',
  features: {
    guards: 'guarded scores (ExcelApi 1.8)',
    liveEvents: 'checking while you edit (ExcelApi 1.7)',
    mergedAreas: 'reading merged cells at once (ExcelApi 1.13; read row by row instead)',
    settings: 'settings kept in the workbook (ExcelApi 1.4)',
  },
  scores: {
    noSheets: 'No criteria table was found in the workbook.',
    ranking: { self: 'Ranked by self score', appraised: 'Ranked by appraised score' },
    final: 'Final score',
    classification: 'Classification',
    result: {
      label: (sheet: string) => `Result of sheet ${sheet}`,
      figure: 'Result',
      base: 'Base points',
      bonus: '+ Bonus points',
      penalty: '− Penalty points',
      final: 'Final score',
      percent: '% of the maximum',
      max: (n: string) => `Maximum (base criteria): ${n}`,
      classification: 'Classification',
      rank: (rank: number, of: number) => `Rank ${rank} of ${of}`,
      incomplete: 'The table has errors: the result is not final',
    },
    rules: {
      inForce: {
        file: (w: string) => `Classified by the file ${w}.`,
        workbook: (w: string) => `Classified by the table in the workbook (${w}).`,
        settings: () => 'Classified by the rules saved in the workbook.',
      },
      none: 'No classification rules yet.',
      open: 'Classification',
      title: 'Classification rules',
      intro: 'Each band: a name and the lowest score of the band. A table gets the highest band it reaches.',
      basis: 'Scored by',
      points: 'Points',
      percent: 'Percent of the maximum',
      band: (i: number) => `Band ${i}`,
      label: 'Band name',
      min: 'From',
      add: 'Add a band',
      remove: (i: number) => `Remove band ${i}`,
      cancel: 'Cancel',
      workbookFirst: (w: string) => `The workbook has a classification table (${w}): it is used before the rules saved here.`,
      noSettings: 'This Excel cannot keep settings in the workbook (ExcelApi 1.4).',
    },
    rank: 'Rank',
    sheet: 'Sheet',
    name: 'Section / group',
    cap: 'Cap',
    self: 'Self',
    appraised: 'Appraised',
    share: '% of cap',
    declared: (n: string) => `Says: ${n}`,
    declaredLong: (n: string, computed: string) => `The table says ${n}, which differs from the computed ${computed}`,
    overCap: 'Above the cap',
    tableLabel: (sheet: string) => `Totals of sheet ${sheet}`,
  },
  issues: {
    none: 'No issues.',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
    kind: { error: 'Error', warning: 'Warning', info: 'Note' },
    summary: (e: string, w: string, i: string) => `${e} errors, ${w} warnings, ${i} notes`,
    hint: 'Choose a row (click, or arrow keys then Enter) to go to its cell in Excel.',
    listLabel: 'Issues',
    workbook: 'Workbook',
    itemLabel: (kind: string, message: string, sheet: string, cell: string) =>
      `${kind}, ${sheet ? `sheet ${sheet}${cell ? `, cell ${cell}` : ''}` : 'whole workbook'}: ${message}`,
  },
  plan: {
    month: 'Month',
    year: 'Year',
    monthName: (m: number) => new Date(2000, m - 1, 1).toLocaleString('en-US', { month: 'long' }),
    preview: (m: number, y: number) => `Tasks of ${m}/${y}`,
    noTasks: 'The plan table has no task for this month: an empty table will be inserted.',
    noPlan: 'The workbook has no yearly plan table: a blank plan template will be inserted.',
    note: 'Note',
    settings: 'Issuing unit (kept in the workbook)',
    superior: 'Superior body',
    unit: 'Issuing unit',
    abbreviation: 'Abbreviation in the document number',
    place: 'Place',
    signerTitle: "Signer's title",
    signerName: "Signer's name",
    recipients: 'Recipients (one a line)',
    hints: {
      unit: "Left empty, it is taken from the workbook's title.",
      abbreviation: "No.: …/KH-CĐDK. Left empty, it is made of the unit's initials.",
      signerTitle: 'TM. BAN THƯỜNG VỤ / CHỦ TỊCH, or KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, one printed line each.',
      recipients: 'The last line is the archive copy: - Lưu: VT, …',
    },
    orientation: 'Paper orientation',
    orientations: { landscape: 'Landscape', portrait: 'Portrait' },
  },
  messages: {
    checked: (p) => `Checked ${p.sheets} sheets: ${p.errors} errors, ${p.warnings} warnings.`,
    guarded: (p) => `Guarded ${p.cells} score cells.`,
    guardedSkipped: (p) => `Guarded ${p.cells} score cells; left ${p.skipped} cells that have their own validation rule.`,
    unguarded: () => 'Removed the score guards.',
    totalsWritten: (p) => `Wrote the totals to sheet "${p.sheet}".`,
    summaryWritten: (p) => `Summarized ${p.units} units in sheet "${p.sheet}", with a chart of their final scores.`,
    summaryNumbered: (p) =>
      `Summarized ${p.units} units in sheet "${p.sheet}". This Excel lacks ExcelApi 1.7: the chart's bars are numbered by rank, not named.`,
    summaryNoChart: (p) =>
      `Summarized ${p.units} units in sheet "${p.sheet}". This Excel cannot draw the chart (ExcelApi 1.1 is missing).`,
    planInserted: (p) => `Inserted the plan as sheet "${p.sheet}".`,
    yearInserted: (p) => `Inserted ${p.count} monthly plan sheets.`,
    settingsSaved: () => 'Saved the unit settings in the workbook.',
    rulesSaved: () => 'Saved the classification rules in the workbook.',
    noCriteria: () => 'There is no criteria table to do this on yet.',
    mergesUnread: (p) => `Excel could not give the merged cells of sheet ${p.sheets}: it was checked without them.`,
    'error.EDIT_MODE': () => 'Excel is editing a cell. Press Enter or Esc in the cell, then try again.',
    'error.PROTECTED': (p) => `Sheet${quoted(p.sheet)} is protected. Unprotect it, then try again.`,
    'error.SHEET_GONE': (p) => `Sheet${quoted(p.sheet)} no longer exists. Click Check again.`,
    'error.UNSUPPORTED': () => 'This version of Excel does not support this.',
    'error.CONFLICT': (p) =>
      p.sheet
        ? `Sheet "${p.sheet}" was just renamed or changed. Click Check again, then retry.`
        : 'Someone else just changed the workbook. Click Check again, then retry.',
    'error.TOO_LARGE': () => 'The data is too large to handle in one go.',
    'error.REFUSED': (p) => `Excel does not allow this on sheet${quoted(p.sheet)} right now. Nothing was half-written.`,
    'error.EXCEL_FAILED': () => 'Excel could not finish the request. Nothing was half-written; try again.',
    'error.UNKNOWN': (p) => `Something went wrong${p.detail ? `: ${p.detail}` : ''}. Nothing was half-written.`,
  },
};

const STRINGS: Record<Lang, Strings> = { vi, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** Puts a controller message into words. */
export function formatMessage(lang: Lang, key: MessageKey, params: Params = {}): string {
  return STRINGS[lang].messages[key](params);
}

/** Numbers as each language writes them (4,5 in Vietnamese), at most two decimals. */
export function formatNumber(lang: Lang, n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2, useGrouping: false });
}

/** A count as each language groups its digits (20.000 in Vietnamese, 20,000 in English). */
export function formatCount(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
}

/** Vietnamese when Office's display language is Vietnamese (or unknown), English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return !displayLanguage || /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}
