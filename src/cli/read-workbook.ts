// Opens .xlsx files with ExcelJS; every failure becomes a one-line message naming the file.
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';

/** A file that cannot be read as a workbook; the message names the file and says why. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** Reads a workbook file, turning every failure into an UnreadableFileError in Vietnamese or English. */
export async function loadWorkbook(file: string, lang: 'vi' | 'en' = 'vi'): Promise<ExcelJS.Workbook> {
  const say = (vi: string, en: string) => new UnreadableFileError(`${file}: ${lang === 'vi' ? vi : en}`);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw say('là một thư mục, không phải tệp .xlsx', 'is a folder, not an .xlsx file');
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw say('không tìm thấy hoặc không đọc được tệp', 'file not found or not readable');
  }
  if (bytes.length === 0) throw say('tệp rỗng', 'the file is empty');
  // An encrypted (password-protected) workbook is an OLE compound file, not a zip.
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw say(
      'tệp được bảo vệ bằng mật khẩu hoặc là định dạng .xls cũ; hãy mở bằng Excel và lưu thành .xlsx không mật khẩu',
      'the file is password-protected or an old .xls; open it in Excel and save it as an .xlsx without a password',
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw say('không phải tệp .xlsx', 'not an .xlsx file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw say('tệp .xlsx bị hỏng, không đọc được', 'the .xlsx file is damaged and cannot be read');
  }
  return workbook;
}

export { toCellValue, workbookSnapshots, worksheetSnapshot } from './worksheet-snapshot';
