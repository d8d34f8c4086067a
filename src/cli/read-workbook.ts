// Opens a workbook file for the command line with the package reader of ./xlsx/: every
// failure becomes a one-line message naming the file, in the words of ./text.ts.
import { promises as fs } from 'node:fs';
import { MAX_ROWS } from '../engine/report';
import type { Lang, SheetSnapshot } from '../engine/types';
import { text } from './text';
import { convertToXlsx, findSoffice } from './xlsx/convert';
import { PackageError } from './xlsx/package-error';
import { readSharedStrings } from './xlsx/shared-strings';
import { readSheet } from './xlsx/sheet';
import { readDateStyles, readWorkbookPart, type WorkbookInfo } from './xlsx/workbook';
import { INFLATED_BUDGET, ZipPackage } from './xlsx/zip';

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

/** Why a file cannot be read: the package reader's problems and the checks made before it. */
export type UnreadableProblem = PackageError['problem'] | 'folder' | 'missing' | 'empty' | 'convert';

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
  const fail = (problem: UnreadableProblem, detail = '') =>
    new UnreadableFileError(`${file}: ${text(lang).unreadable[problem](detail)}`);
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
