// The workbook part of a package: which zip is a spreadsheet at all, its sheets (names,
// order, hidden state, parts), the shared strings and styles parts, and the date system.
import { PackageError } from './package-error';
import { isType, parseXml, readRelationships, type Relationship } from './xml';
import type { ZipPackage } from './zip';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheet {
  name: string;
  state: SheetState;
  /** 'worksheet' for grids; chartsheets and dialog sheets have no cells. */
  kind: 'worksheet' | 'other';
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml"; null when its relationship is missing. */
  part: string | null;
  /** The relationship id workbook.xml names it by. */
  relId: string;
}

export interface WorkbookInfo {
  /** The workbook part, usually "xl/workbook.xml". */
  part: string;
  sheets: WorkbookSheet[];
  rels: Relationship[];
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

/** What other kind of document a zip is, from where its main part lives. */
function documentKind(zip: ZipPackage, main: string | null): string {
  if (zip.find('mimetype') || zip.find('content.xml')) return 'OpenDocument';
  if (main?.startsWith('word/')) return 'Word';
  if (main?.startsWith('ppt/')) return 'PowerPoint';
  return '';
}

function mainPart(zip: ZipPackage): string {
  const mime = zip.find('mimetype');
  if (mime && new TextDecoder().decode(zip.readAll(mime)).includes('opendocument.spreadsheet')) throw new PackageError('ods');
  const main = readRelationships(zip, '').find((r) => isType(r, 'officeDocument'))?.part ?? null;
  const part = main ?? (zip.find('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (!part || !zip.find(part)) throw new PackageError('not-spreadsheet', documentKind(zip, main));
  if (/\.bin$/i.test(part)) throw new PackageError('xlsb');
  return part;
}

export function readWorkbookPart(zip: ZipPackage): WorkbookInfo {
  const part = mainPart(zip);
  const rels = readRelationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  let root = '';
  let date1904 = false;
  parseXml(zip, zip.find(part)!, {
    open(name, a) {
      root ||= name;
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const relId = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      const rel = byId.get(relId);
      sheets.push({
        name: a.name ?? '',
        state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible',
        kind: !rel || isType(rel, 'worksheet') ? 'worksheet' : 'other',
        part: rel?.part ?? null,
        relId,
      });
    },
  });
  if (root !== 'workbook') throw new PackageError('not-spreadsheet', documentKind(zip, part));
  const partOf = (kind: string) => rels.find((r) => isType(r, kind))?.part ?? null;
  return { part, sheets, rels, sharedStrings: partOf('sharedStrings'), styles: partOf('styles'), date1904 };
}

/** Built-in number formats that show dates or times (ExcelJS's table: 14–22, 45–47). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format code shows a date or time once its quoted and bracketed parts are gone. */
function isDateCode(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index (a cell's `s`), whether its number format is a date's. */
export function readDateStyles(zip: ZipPackage, part: string | null): boolean[] {
  const entry = part ? zip.find(part) : undefined;
  if (!entry) return [];
  const codes = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  parseXml(zip, entry, {
    open(name, a) {
      if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = codes.get(id);
        dates.push(code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}
