// Opens a workbook file for the command line with the package reader of ./xlsx/: every
// failure becomes a one-line message naming the file, in Vietnamese or English.
import { promises as fs } from 'node:fs';
import { MAX_ROWS } from '../engine/report';
import type { Lang, SheetSnapshot } from '../engine/types';
import { convertToXlsx, findSoffice } from './xlsx/convert';
import { PackageError } from './xlsx/package-error';
import { readSharedStrings } from './xlsx/shared-strings';
import { readSheet } from './xlsx/sheet';
import { readDateStyles, readWorkbookPart, type WorkbookInfo } from './xlsx/workbook';
import { INFLATED_BUDGET, MAX_RATIO, ZipPackage } from './xlsx/zip';

/** A file that cannot be read as a workbook; the message names the file and says why. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export interface OpenedWorkbook {
  zip: ZipPackage;
  info: WorkbookInfo;
  /** One snapshot per worksheet, in the workbook's order (hidden ones too). */
  snapshots: SheetSnapshot[];
  /** Converted from .xls or .ods by LibreOffice. */
  converted: boolean;
}

const MB = INFLATED_BUDGET / 1024 / 1024;

function words(problem: PackageError['problem'] | 'folder' | 'missing' | 'empty' | 'convert', detail: string, lang: Lang) {
  const vi = lang === 'vi';
  switch (problem) {
    case 'folder':
      return vi ? 'là một thư mục, không phải tệp .xlsx' : 'is a folder, not an .xlsx file';
    case 'missing':
      return vi ? 'không tìm thấy hoặc không đọc được tệp' : 'file not found or not readable';
    case 'empty':
      return vi ? 'tệp rỗng' : 'the file is empty';
    case 'not-zip':
      return vi ? 'không phải tệp .xlsx' : 'not an .xlsx file';
    case 'damaged':
      return vi ? 'tệp .xlsx bị hỏng, không đọc được' : 'the .xlsx file is damaged and cannot be read';
    case 'too-large':
      return vi
        ? `giải nén vượt quá giới hạn ${MB} MB${detail ? ` (${detail})` : ''}: không đọc`
        : `inflates past the ${MB} MB limit${detail ? ` (${detail})` : ''}: not read`;
    case 'ratio':
      return vi
        ? `phần ${detail} nén hơn ${MAX_RATIO} lần, bất thường với một bảng tính (tệp độc hại?): không đọc`
        : `part ${detail} is compressed more than ${MAX_RATIO} times, absurd for a spreadsheet (a zip bomb?): not read`;
    case 'encrypted':
      return vi
        ? 'tệp được bảo vệ bằng mật khẩu (mã hóa); hãy mở bằng Excel, bỏ mật khẩu rồi lưu thành .xlsx'
        : 'the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as .xlsx';
    case 'office-binary':
      return vi
        ? 'tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở bằng Excel và lưu thành .xlsx không mật khẩu'
        : 'the file is password-protected or an old .xls; open it in Excel and save it as an .xlsx without a password';
    case 'xls':
      return vi
        ? 'là tệp .xls cũ; hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel)'
        : 'is an old .xls workbook; open it in Excel and save it as .xlsx (Excel Workbook)';
    case 'ods':
      return vi
        ? 'là bảng tính OpenDocument (.ods); hãy lưu thành .xlsx (Sổ làm việc Excel)'
        : 'is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel Workbook)';
    case 'xlsb':
      return vi
        ? 'là sổ làm việc nhị phân (.xlsb); hãy mở bằng Excel và lưu thành .xlsx (Sổ làm việc Excel)'
        : 'is a binary workbook (.xlsb); open it in Excel and save it as .xlsx (Excel Workbook)';
    case 'not-spreadsheet':
      return vi
        ? `là tệp nén nhưng không phải bảng tính Excel${detail ? ` (tài liệu ${detail})` : ''}`
        : `is a zip file but not an Excel workbook${detail ? ` (a ${detail} document)` : ''}`;
    case 'doctype':
      return vi
        ? `phần ${detail} có khai báo DTD/thực thể, điều .xlsx không bao giờ có: không đọc`
        : `part ${detail} declares a DTD or entities, which an .xlsx never does: not read`;
    case 'convert':
      return vi
        ? `LibreOffice không chuyển được tệp sang .xlsx (${detail})`
        : `LibreOffice could not convert it to .xlsx (${detail})`;
  }
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(name: string): Buffer {
  return Buffer.from(name, 'utf16le');
}

/** What an OLE compound file holds: an encrypted .xlsx, an .xls, or something we cannot tell. */
function compoundFileKind(bytes: Buffer): PackageError {
  if (bytes.includes(utf16('EncryptionInfo')) || bytes.includes(utf16('EncryptedPackage'))) return new PackageError('encrypted');
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return new PackageError('xls');
  return new PackageError('office-binary');
}

/** Reads the package's sheets; throws PackageError. */
export function openPackage(bytes: Uint8Array): Omit<OpenedWorkbook, 'converted'> {
  const zip = new ZipPackage(bytes);
  const info = readWorkbookPart(zip);
  const strings = readSharedStrings(zip, info.sharedStrings);
  const ctx = { strings, dateStyles: readDateStyles(zip, info.styles), date1904: info.date1904, maxRows: MAX_ROWS };
  const snapshots = info.sheets
    .filter((s) => s.kind === 'worksheet')
    .map((s) => {
      if (!s.part || !zip.find(s.part)) throw new PackageError('damaged', s.part ?? s.name);
      return readSheet(zip, s.part, s.name, ctx);
    });
  return { zip, info, snapshots };
}

/** What is wrong with the file's first bytes, if they are no zip. */
function containerProblem(bytes: Buffer): PackageError | null {
  if (CFB.every((b, i) => bytes[i] === b)) return compoundFileKind(bytes);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return new PackageError('not-zip');
  return null;
}

/** Reads a workbook file, turning every failure into an UnreadableFileError in Vietnamese or English. */
export async function readWorkbookFile(file: string, lang: Lang = 'vi'): Promise<OpenedWorkbook> {
  const fail = (problem: Parameters<typeof words>[0], detail = '') =>
    new UnreadableFileError(`${file}: ${words(problem, detail, lang)}`);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw fail('missing');
  if (stat.isDirectory()) throw fail('folder');
  if (stat.size > INFLATED_BUDGET) throw fail('too-large');
  const bytes = await fs.readFile(file).catch(() => null);
  if (!bytes) throw fail('missing');
  if (bytes.length === 0) throw fail('empty');
  try {
    const problem = containerProblem(bytes);
    if (problem) throw problem;
    return { ...openPackage(bytes), converted: false };
  } catch (e) {
    if (!(e instanceof PackageError)) throw fail('damaged');
    if (e.problem !== 'xls' && e.problem !== 'ods') throw fail(e.problem, e.detail);
    const soffice = await findSoffice();
    if (!soffice) throw fail(e.problem);
    let converted: Buffer;
    try {
      converted = await convertToXlsx(soffice, file);
    } catch (why) {
      throw fail('convert', String((why as Error)?.message ?? why).split('\n')[0]);
    }
    try {
      return { ...openPackage(converted), converted: true };
    } catch (again) {
      throw again instanceof PackageError ? fail(again.problem, again.detail) : fail('damaged');
    }
  }
}
