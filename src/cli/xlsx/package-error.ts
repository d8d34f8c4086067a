// Why a file could not be read as a workbook, as a code and its details; read-workbook.ts
// puts it into words (file name, language). Thrown by every module of the package reader.

export type PackageProblem =
  | 'not-zip'
  | 'damaged'
  | 'too-large'
  | 'ratio'
  | 'encrypted'
  | 'office-binary'
  | 'xls'
  | 'ods'
  | 'xlsb'
  | 'not-spreadsheet'
  | 'doctype';

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    /** The part or document kind concerned, e.g. "xl/sharedStrings.xml" or "Word". */
    readonly detail = '',
  ) {
    super(`${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'PackageError';
  }
}
