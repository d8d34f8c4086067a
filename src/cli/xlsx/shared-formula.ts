// Expanding a shared formula (`<f t="shared">`) to a cell of its range: the relative
// parts of its references move with the cell, as Excel does when it fills a formula.
import { columnLetters, columnNumber } from '../../engine/address';

const MAX_COLUMN = 16_384;
/** Quoted text and sheet names are skipped whole; a reference is not part of a longer name nor a function call. */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** The master's formula as it reads in a cell dRow rows and dCol columns away. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(TOKEN, (token, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
    if (letters === undefined) return token;
    const col = columnNumber(letters);
    if (col > MAX_COLUMN) return token;
    const newCol = colAbs ? col : col + dCol;
    const newRow = rowAbs ? Number(digits) : Number(digits) + dRow;
    if (newCol < 1 || newRow < 1) return '#REF!';
    return `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
  });
}
