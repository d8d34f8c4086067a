// Every word the command line prints, in Vietnamese and English (the engine's issue
// messages live in src/engine/messages.ts). `en` has the type of `vi`, and a test
// checks at run time that both hold the same keys, so no text lacks a language.
import type { IssueCode, Lang, Severity } from '../engine/types';
import type { UnreadableProblem } from './read-workbook';
import type { SafeWriteProblem } from './safe-write';
import { INFLATED_BUDGET, MAX_RATIO } from './xlsx/zip';

const MB = INFLATED_BUDGET / 1024 / 1024;
/** " (detail)" when there is one. */
const paren = (detail: string, before = '') => (detail ? ` (${before}${detail})` : '');

/** "1 error", "2 errors": English counts agree in number; Vietnamese nouns do not change. */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

type Command = 'check' | 'plan' | 'summary';
export const COMMANDS: readonly Command[] = ['check', 'plan', 'summary'];

/** One option of the help: its spelling, the commands that take it, what it does. */
interface OptionHelp {
  flag: string;
  commands: readonly Command[];
  about: string;
}

const vi = {
  usageTitle: 'Cách dùng:',
  synopsis: {
    check: 'thidua check TỆP.xlsx|THƯ_MỤC ... [--rules R.json] [--json] [--lang vi|en]',
    plan: 'thidua plan TỆP.xlsx --month N [--year YYYY] --out RA.xlsx [--force] [--lang vi|en]',
    summary: 'thidua summary TỆP.xlsx|THƯ_MỤC ... --out TONG-HOP.xlsx [--rules R.json] [--json] [--lang vi|en]',
  } as Record<Command, string>,
  helpSynopsis: 'thidua help [LỆNH] | thidua --help | thidua --version',
  intro: 'thidua: kiểm tra bảng chấm điểm thi đua và kế hoạch công tác trong tệp Excel (.xlsx).',
  commandsTitle: 'Lệnh:',
  about: {
    check: 'Kiểm tra từng tệp: bảng tiêu chí, bảng nhiệm vụ, tổng điểm từng mục, nhóm và mọi vấn đề kèm trang, ô.',
    plan: 'Ghi bản sao của tệp có thêm trang kế hoạch công tác tháng N (không sửa tệp nguồn).',
    summary:
      'Tổng hợp khối: xếp hạng các đơn vị (mỗi bảng tiêu chí là một đơn vị), in bảng xếp hạng và ghi tệp tổng hợp (trang Tổng hợp, Chi tiết) sẵn để in, ký.',
  } as Record<Command, string>,
  optionsTitle: 'Tùy chọn:',
  options: [
    { flag: '--json', commands: ['check', 'summary'], about: 'in báo cáo dạng JSON thay cho văn bản' },
    { flag: '--lang vi|en', commands: COMMANDS, about: 'ngôn ngữ của báo cáo (mặc định: vi)' },
    { flag: '--month N', commands: ['plan'], about: 'tháng của kế hoạch, 1–12 (bắt buộc)' },
    { flag: '--year YYYY', commands: ['plan'], about: 'năm của kế hoạch (mặc định: năm ghi trong bảng nhiệm vụ)' },
    {
      flag: '--out TỆP.xlsx',
      commands: ['plan', 'summary'],
      about: 'tệp sẽ ghi (bắt buộc); không bao giờ ghi đè tệp nguồn',
    },
    { flag: '--force', commands: ['plan'], about: 'ghi thay tệp --out đã có (không bao giờ thay tệp nguồn)' },
    {
      flag: '--rules R.json',
      commands: ['check', 'summary'],
      about: 'quy định xếp loại của khối (các mức và điểm từ), trước bảng Xếp loại trong tệp',
    },
    { flag: '-h, --help', commands: COMMANDS, about: 'trợ giúp này' },
    { flag: '--version', commands: [], about: 'phiên bản của thidua' },
  ] as OptionHelp[],
  exitTitle: 'Mã thoát:',
  exits: {
    check: ['0 không có lỗi', '1 có lỗi trong bảng', '2 dòng lệnh sai hoặc có tệp không đọc được (vẫn kiểm tra các tệp khác)'],
    plan: ['0 đã ghi tệp', '2 dòng lệnh sai, tệp không đọc được hoặc không ghi được'],
    summary: [
      '0 đã tổng hợp',
      '1 có đơn vị có lỗi',
      '2 dòng lệnh sai hoặc có tệp không đọc được (vẫn tổng hợp các tệp khác và ghi tệp --out)',
    ],
  } as Record<Command, string[]>,
  examplesTitle: 'Ví dụ:',
  examples: {
    check: ['thidua check ho-so/ --lang en', 'thidua check cd-dien-luc.xlsx --json > bao-cao.json'],
    plan: [
      'thidua plan ke-hoach-2024.xlsx --month 4 --out KH-T04.xlsx',
      'thidua plan ke-hoach.xlsx --month 12 --year 2023 --out KH-T12.xlsx',
    ],
    summary: [
      'thidua summary ho-so/ --rules quy-che.json --out TONG-HOP.xlsx',
      'thidua summary a.xlsx b.xlsx --out TONG-HOP.xlsx --json',
    ],
  } as Record<Command, string[]>,
  moreHelp: 'Xem thêm: thidua help LỆNH',

  // Usage errors: one line saying what is wrong.
  invalid: 'Lệnh không hợp lệ',
  error: 'Lỗi',
  noCommand: 'chưa nói lệnh nào (check, plan, summary)',
  unknownCommand: (c: string) => `không có lệnh "${c}" (có: check, plan, summary, help)`,
  unknownOption: (o: string, c: string) => `lệnh ${c} không có tùy chọn ${o}`,
  missingValue: (o: string) => `${o} cần một giá trị`,
  missingOption: (o: string) => `thiếu ${o}`,
  monthRange: (v: string) => `--month phải là số nguyên từ 1 đến 12 (không phải "${v}")`,
  yearRange: (v: string) => `--year phải là năm từ 1900 đến 9999 (không phải "${v}")`,
  langValue: (v: string) => `--lang phải là vi hoặc en (không phải "${v}")`,
  noFiles: 'chưa nói tệp .xlsx hay thư mục nào',
  oneFile: (n: number) => `lệnh plan nhận đúng một tệp (có ${n})`,
  noXlsx: 'không có tệp .xlsx nào',
  flagValue: (o: string) => `${o} không nhận giá trị`,
  progress: (i: number, n: number, file: string) => `Đang đọc ${i}/${n}: ${file}`,

  // The human report of check.
  report: {
    criteria: 'Bảng tiêu chí',
    plan: 'Bảng nhiệm vụ',
    headerRow: 'tiêu đề ở dòng',
    section: 'Mục',
    noSection: '(không chia mục)',
    cap: 'điểm chuẩn',
    declared: 'ghi',
    self: 'tự chấm',
    appraised: 'thẩm định',
    none: '—',
    months: (n: number) => `${n} tháng`,
    tasks: (n: number) => `${n} nhiệm vụ`,
    keyTasks: (n: number) => `${n} nhiệm vụ trọng tâm năm`,
    issues: 'Vấn đề',
    noIssues: 'Không có vấn đề nào.',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} ghi chú`,
    workbook: 'tệp',
    /** Several notes of one code on one sheet, folded into one line. */
    folded: {
      REPEATED_HEADER: (n: number) => `${n} dòng tiêu đề lặp lại`,
      APPRAISED_DIFFERS: (n: number) => `${n} điểm thẩm định khác điểm tự chấm`,
      EVIDENCE_MISSING: (n: number) => `${n} tiêu chí tự chấm chưa ghi căn cứ, minh chứng`,
    } as Partial<Record<IssueCode, (n: number) => string>>,
    foldedOther: (n: number, code: string) => `${n} ghi chú ${code}`,
    result: 'Kết quả',
    max: 'tối đa',
    unclassified: 'chưa xếp loại',
    ranking: 'Xếp hạng',
    rankedBy: { self: 'theo điểm tự chấm', appraised: 'theo điểm thẩm định' },
    rules: 'Xếp loại theo',
    rulesFrom: { file: 'tệp', workbook: 'bảng trong tệp, ô', settings: 'cài đặt của tệp' },
  },

  /** A classification rules file (--rules). */
  rulesFile: {
    cannotRead: (file: string, why: string) => `${file}: không đọc được tệp xếp loại (${why})`,
    notJson: 'không phải JSON',
  },

  /** Why a workbook file cannot be read; `detail` names the part, document kind or error concerned. */
  unreadable: {
    folder: () => 'là một thư mục, không phải tệp .xlsx',
    missing: () => 'không tìm thấy hoặc không đọc được tệp',
    empty: () => 'tệp rỗng',
    'not-zip': () => 'không phải tệp .xlsx',
    damaged: () => 'tệp .xlsx bị hỏng, không đọc được',
    'too-large': (detail: string) => `giải nén vượt quá giới hạn ${MB} MB${paren(detail)}: không đọc`,
    ratio: (detail: string) => `phần ${detail} nén hơn ${MAX_RATIO} lần, bất thường với một bảng tính (tệp độc hại?): không đọc`,
    encrypted: () => 'tệp được bảo vệ bằng mật khẩu (mã hóa); hãy mở bằng Excel, bỏ mật khẩu rồi lưu thành .xlsx',
    'office-binary': () =>
      'tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở bằng Excel và lưu thành .xlsx không mật khẩu',
    xls: () => 'là tệp .xls cũ; hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel)',
    ods: () => 'là bảng tính OpenDocument (.ods); hãy lưu thành .xlsx (Sổ làm việc Excel)',
    xlsb: () => 'là sổ làm việc nhị phân (.xlsb); hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel)',
    'not-spreadsheet': (detail: string) => `là tệp nén nhưng không phải bảng tính Excel${paren(detail, 'tài liệu ')}`,
    doctype: (detail: string) => `phần ${detail} có khai báo DTD/thực thể, điều .xlsx không bao giờ có: không đọc`,
    convert: (detail: string) => `LibreOffice không chuyển được tệp sang .xlsx (${detail})`,
  } as Record<UnreadableProblem, (detail: string) => string>,

  /** Why --out was not written, for plan and summary alike. */
  output: {
    'same-as-input': (file: string) => `${file}: không ghi đè lên tệp nguồn; hãy chọn tệp --out khác`,
    exists: (file: string) => `${file}: tệp đã có; hãy chọn tên khác (không ghi đè)`,
    'not-a-file': (file: string) => `${file}: không phải là một tệp (thư mục?)`,
    'folder-missing': (file: string) => `${file}: thư mục chứa tệp không tồn tại`,
  } as Record<SafeWriteProblem, (file: string) => string>,
  /** An existing --out, for a command that takes --force. */
  existsForce: (file: string) => `${file}: tệp đã có; thêm --force để ghi đè`,
  cannotWrite: (file: string, why: string) => `${file}: không ghi được tệp (${why})`,

  // The plan command.
  plan: {
    added: (sheet: string, tasks: number, file: string) => `Đã thêm trang "${sheet}" với ${tasks} nhiệm vụ vào ${file}`,
    blank: (sheet: string, file: string) => `Không thấy bảng kế hoạch: đã thêm trang "${sheet}" để trống vào ${file}`,
  },

  // The summary command.
  summary: {
    rank: 'Hạng',
    unit: 'Đơn vị',
    self: 'Tự chấm',
    appraised: 'Thẩm định',
    percent: '%',
    classification: 'Xếp loại',
    errors: 'Lỗi',
    warnings: 'C.báo',
    rankedBy: { appraised: 'Xếp hạng theo điểm thẩm định', self: 'Xếp hạng theo điểm tự chấm' },
    noUnits: 'Không có bảng tiêu chí nào để tổng hợp.',
    differing: (n: number) => `${n} tiêu chí không có ở mọi đơn vị: để trống ở trang Chi tiết`,
    written: (file: string, n: number) => `Đã ghi ${file} (${n} đơn vị)`,
  },
};

const en: typeof vi = {
  usageTitle: 'Usage:',
  synopsis: {
    check: 'thidua check FILE.xlsx|FOLDER ... [--rules R.json] [--json] [--lang vi|en]',
    plan: 'thidua plan FILE.xlsx --month N [--year YYYY] --out OUT.xlsx [--force] [--lang vi|en]',
    summary: 'thidua summary FILE.xlsx|FOLDER ... --out SUMMARY.xlsx [--rules R.json] [--json] [--lang vi|en]',
  },
  helpSynopsis: 'thidua help [COMMAND] | thidua --help | thidua --version',
  intro: "thidua: checks trade unions' competition score sheets and work plans in Excel files (.xlsx).",
  commandsTitle: 'Commands:',
  about: {
    check:
      'Checks each file: criteria tables, plan tables, the totals of each section and group, and every issue with its sheet and cell.',
    plan: 'Writes a copy of the file with the monthly work plan of month N added (the input is not changed).',
    summary:
      "The bloc's summary: ranks the units (one criteria table each), prints the ranking and writes a print-ready summary workbook (sheets Tổng hợp and Chi tiết).",
  },
  optionsTitle: 'Options:',
  options: [
    { flag: '--json', commands: ['check', 'summary'], about: 'print the report as JSON instead of text' },
    { flag: '--lang vi|en', commands: COMMANDS, about: 'language of the report (default: vi)' },
    { flag: '--month N', commands: ['plan'], about: "the plan's month, 1–12 (required)" },
    { flag: '--year YYYY', commands: ['plan'], about: "the plan's year (default: the year the plan table names)" },
    {
      flag: '--out FILE.xlsx',
      commands: ['plan', 'summary'],
      about: 'the file to write (required); never one of the inputs',
    },
    { flag: '--force', commands: ['plan'], about: 'replace an existing --out file (never an input)' },
    {
      flag: '--rules R.json',
      commands: ['check', 'summary'],
      about: "the bloc's classification rules (bands and their lowest scores), before a Xếp loại table in the file",
    },
    { flag: '-h, --help', commands: COMMANDS, about: 'this help' },
    { flag: '--version', commands: [], about: 'the version of thidua' },
  ],
  exitTitle: 'Exit status:',
  exits: {
    check: [
      '0 no errors',
      '1 errors found in a table',
      '2 usage error or an unreadable file (the other files are still checked)',
    ],
    plan: ['0 the file was written', '2 usage error, or a file that cannot be read or written'],
    summary: [
      '0 summarized',
      '1 a unit has errors',
      '2 usage error or an unreadable file (the other files are still summarized and --out is still written)',
    ],
  },
  examplesTitle: 'Examples:',
  examples: {
    check: ['thidua check sheets/ --lang en', 'thidua check union.xlsx --json > report.json'],
    plan: [
      'thidua plan plan-2024.xlsx --month 4 --out PLAN-04.xlsx',
      'thidua plan plan.xlsx --month 12 --year 2023 --out PLAN-12.xlsx',
    ],
    summary: [
      'thidua summary sheets/ --rules rules.json --out SUMMARY.xlsx',
      'thidua summary a.xlsx b.xlsx --out SUMMARY.xlsx --json',
    ],
  },
  moreHelp: 'More: thidua help COMMAND',

  invalid: 'Invalid command',
  error: 'Error',
  noCommand: 'no command given (check, plan, summary)',
  unknownCommand: (c) => `there is no command "${c}" (there are: check, plan, summary, help)`,
  unknownOption: (o, c) => `${c} has no option ${o}`,
  missingValue: (o) => `${o} needs a value`,
  missingOption: (o) => `${o} is missing`,
  monthRange: (v) => `--month must be a whole number from 1 to 12 (not "${v}")`,
  yearRange: (v) => `--year must be a year from 1900 to 9999 (not "${v}")`,
  langValue: (v) => `--lang must be vi or en (not "${v}")`,
  noFiles: 'no .xlsx file or folder given',
  oneFile: (n) => `plan takes exactly one file (${n} given)`,
  noXlsx: 'no .xlsx files',
  flagValue: (o) => `${o} takes no value`,
  progress: (i, n, file) => `Reading ${i}/${n}: ${file}`,

  report: {
    criteria: 'Criteria table',
    plan: 'Plan table',
    headerRow: 'header at row',
    section: 'Section',
    noSection: '(no sections)',
    cap: 'cap',
    declared: 'declared',
    self: 'self',
    appraised: 'appraised',
    none: '—',
    months: (n) => plural(n, 'month'),
    tasks: (n) => plural(n, 'task'),
    keyTasks: (n) => `${plural(n, 'key task')} of the year`,
    issues: 'Issues',
    noIssues: 'No issues.',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    counts: (e, w, i) => `${plural(e, 'error')}, ${plural(w, 'warning')}, ${plural(i, 'note')}`,
    workbook: 'workbook',
    folded: {
      REPEATED_HEADER: (n) => `${plural(n, 'repeated header row')}`,
      APPRAISED_DIFFERS: (n) => `${plural(n, 'appraised score')} differing from the self score`,
      EVIDENCE_MISSING: (n) => `${plural(n, 'self-scored criterion', 'self-scored criteria')} with no evidence given`,
    },
    foldedOther: (n, code) => `${plural(n, 'note')} ${code}`,
    result: 'Result',
    max: 'max',
    unclassified: 'not classified',
    ranking: 'Ranking',
    rankedBy: { self: 'by self score', appraised: 'by appraised score' },
    rules: 'Classified by',
    rulesFrom: { file: 'file', workbook: 'the workbook table at', settings: "the workbook's settings" },
  },

  rulesFile: {
    cannotRead: (file, why) => `${file}: cannot read the rules file (${why})`,
    notJson: 'not JSON',
  },

  unreadable: {
    folder: () => 'is a folder, not an .xlsx file',
    missing: () => 'file not found or not readable',
    empty: () => 'the file is empty',
    'not-zip': () => 'not an .xlsx file',
    damaged: () => 'the .xlsx file is damaged and cannot be read',
    'too-large': (detail) => `inflates past the ${MB} MB limit${paren(detail)}: not read`,
    ratio: (detail) =>
      `part ${detail} is compressed more than ${MAX_RATIO} times, absurd for a spreadsheet (a zip bomb?): not read`,
    encrypted: () => 'the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as .xlsx',
    'office-binary': () =>
      'the file is password-protected or an old .xls; open it in Excel and save it as an .xlsx without a password',
    xls: () => 'is an old .xls workbook; open it in Excel and save it as .xlsx (Excel Workbook)',
    ods: () => 'is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel Workbook)',
    xlsb: () => 'is a binary workbook (.xlsb); open it in Excel and save it as .xlsx (Excel Workbook)',
    'not-spreadsheet': (detail) => `is a zip file but not an Excel workbook${detail ? ` (a ${detail} document)` : ''}`,
    doctype: (detail) => `part ${detail} declares a DTD or entities, which an .xlsx never does: not read`,
    convert: (detail) => `LibreOffice could not convert it to .xlsx (${detail})`,
  },

  output: {
    'same-as-input': (file) => `${file}: is one of the inputs, never written over; choose another --out file`,
    exists: (file) => `${file}: already exists; choose another name (it is never overwritten)`,
    'not-a-file': (file) => `${file}: is not a file (a folder?)`,
    'folder-missing': (file) => `${file}: its folder does not exist`,
  },
  existsForce: (file) => `${file}: the file already exists; add --force to replace it`,
  cannotWrite: (file, why) => `${file}: cannot write the file (${why})`,

  plan: {
    added: (sheet, tasks, file) => `Added sheet "${sheet}" with ${plural(tasks, 'task')} to ${file}`,
    blank: (sheet, file) => `No plan table found: added a blank sheet "${sheet}" to ${file}`,
  },

  summary: {
    rank: 'Rank',
    unit: 'Unit',
    self: 'Self',
    appraised: 'Appraised',
    percent: '%',
    classification: 'Class',
    errors: 'Err',
    warnings: 'Warn',
    rankedBy: { appraised: 'Ranked by appraised score', self: 'Ranked by self score' },
    noUnits: 'No criteria tables to summarize.',
    differing: (n) => `${plural(n, 'criterion', 'criteria')} not in every unit: left blank in sheet Chi tiết`,
    written: (file, n) => `Wrote ${file} (${plural(n, 'unit')})`,
  },
};

export type CliText = typeof vi;
export const TEXT: Record<Lang, CliText> = { vi, en };

export function text(lang: Lang): CliText {
  return TEXT[lang];
}

/** Why --out was not written; `takesForce` for a command where --force would replace an existing file. */
export function outputProblem(problem: SafeWriteProblem, file: string, lang: Lang, takesForce = false): string {
  const t = TEXT[lang];
  return problem === 'exists' && takesForce ? t.existsForce(file) : t.output[problem](file);
}

const indent = (lines: string[], by = '  ') => lines.map((l) => by + l);

function optionLines(t: CliText, only?: Command): string[] {
  const options = t.options.filter((o) => !only || o.commands.includes(only));
  const width = Math.max(...options.map((o) => o.flag.length));
  return indent(options.map((o) => `${o.flag.padEnd(width)}  ${o.about}`));
}

/** `thidua help`: every command, every option, the exit statuses and two examples. */
export function generalHelp(lang: Lang): string {
  const t = TEXT[lang];
  const width = Math.max(...COMMANDS.map((c) => c.length));
  return [
    t.intro,
    '',
    t.usageTitle,
    ...indent([...COMMANDS.map((c) => t.synopsis[c]), t.helpSynopsis]),
    '',
    t.commandsTitle,
    ...indent(COMMANDS.map((c) => `${c.padEnd(width)}  ${t.about[c]}`)),
    '',
    t.optionsTitle,
    ...optionLines(t),
    '',
    t.exitTitle,
    ...indent(COMMANDS.map((c) => `${c.padEnd(width)}  ${t.exits[c].join('; ')}`)),
    '',
    t.examplesTitle,
    ...indent([t.examples.check[0], t.examples.summary[0]]),
    '',
    t.moreHelp,
  ].join('\n');
}

/** `thidua help COMMAND`. */
export function commandHelp(command: Command, lang: Lang): string {
  const t = TEXT[lang];
  return [
    t.usageTitle,
    `  ${t.synopsis[command]}`,
    '',
    t.about[command],
    '',
    t.optionsTitle,
    ...optionLines(t, command),
    '',
    t.exitTitle,
    ...indent(t.exits[command]),
    '',
    t.examplesTitle,
    ...indent(t.examples[command]),
  ].join('\n');
}

/** What follows a usage error: the synopsis of the command (or of all) and where to read more. */
export function usageHint(lang: Lang, command?: Command): string {
  const t = TEXT[lang];
  const synopses = command ? [t.synopsis[command]] : COMMANDS.map((c) => t.synopsis[c]);
  return [t.usageTitle, ...indent(synopses), t.moreHelp].join('\n');
}

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

export type { Command };

// Control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
// controls: a sheet name or cell holding them could move the cursor, start a fake line
// or reorder what the terminal shows.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from a file made safe for a terminal: each unsafe character shown as an escape (`\n`, `\u202E`). */
export function escapeForTerminal(s: string): string {
  return s.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
