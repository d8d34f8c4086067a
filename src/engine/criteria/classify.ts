// What one row of a criteria table is. The reader walks the rows once and asks this
// for each; what a row is may depend on what came before (the current group's text,
// blank rows since the last content) and, for a `1 | Công tác tổ chức` heading, on the
// next numbered row (`1.1` under it).
import type { CriteriaColumns } from '../detect/criteria-header';
import { declaredPoints } from '../text/normalize';
import {
  continuesSentence,
  isChildOrder,
  isFooterText,
  orderParts,
  partLetter,
  sectionLabel,
  totalScopes,
  type PartLetter,
  type TotalScope,
} from './labels';
import { isNumeric, scoreReadings, type RowCells, type TextCell } from './row-cells';

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'total'; scopes: TotalScope[] }
  | { kind: 'section'; label: string; labelCell: TextCell; titleCell: TextCell | null }
  | { kind: 'group'; titleCell: TextCell }
  | { kind: 'criterion' }
  /** `a) …` under a criterion: one of its lettered parts (see TableBuilder.addPart). */
  | { kind: 'part'; part: PartLetter }
  | { kind: 'continuation'; cells: TextCell[] }
  /** A row inside the table that holds nothing to read (an "A | Phần …" heading). */
  | { kind: 'skip' }
  /** What follows a table (notes, signatures): the table ends above it. */
  | { kind: 'foreign' }
  /** Text that fits nowhere: the table ends above it unless criteria follow close below. */
  | { kind: 'stray' };

export interface RowContext {
  columns: CriteriaColumns;
  /** The group column's text that opened the current group ("" if none). */
  groupText: string;
  /** Blank rows since the last row of the table. */
  blankRun: number;
  /** A grand total row was read: what follows is no longer criteria text. */
  afterGrandTotal: boolean;
  /** The order text of the next row below that has one. */
  nextOrder(row: number): string;
}

export function classifyRow(cells: RowCells, ctx: RowContext): RowKind {
  const { columns } = ctx;
  // The group column repeating the current group (a merge a reader spelled out) says nothing new.
  const content = cells.cells.filter((c) => !(c.col === columns.group && c.text === ctx.groupText));
  if (content.length === 0 && !scoreReadings(cells).some((r) => r.kind !== 'blank')) return { kind: 'blank' };

  const parts = orderParts(cells.order);
  const leading = content.find((c) => c.col < columns.cap && c.col !== columns.self && c.col !== columns.appraised);
  if (leading && parts === null) {
    const scopes = totalScopes(leading.text);
    if (scopes) return { kind: 'total', scopes };
    const section = leading.col <= columns.title ? sectionLabel(leading.text) : null;
    if (section)
      return {
        kind: 'section',
        label: section.label,
        labelCell: leading,
        titleCell: sectionTitleCell(content, leading, section.hasTitle, columns),
      };
  }

  const scores = scoreReadings(cells);
  const anyNumber = scores.some(isNumeric);
  const anyScoreCell = scores.some((r) => r.kind !== 'blank');
  const titleCell = content.find((c) => c.col === columns.title) ?? null;

  if (parts) {
    // `1 | Công tác tổ chức` heads a group when `1.1` follows, or when it states points and no scores.
    const heads =
      parts.length === 1 &&
      titleCell &&
      (isChildOrder(ctx.nextOrder(cells.row), parts[0]) ||
        (cells.cap.kind === 'blank' && cells.self.kind === 'blank' && declaresPoints(titleCell)));
    return heads ? { kind: 'group', titleCell } : { kind: 'criterion' };
  }
  // A new group's name in the group column makes the row that group's first criterion, never a part.
  const part = cells.group === '' || cells.group === ctx.groupText ? partLetter(cells.order, titleCell?.text ?? '') : null;
  if (part && (anyScoreCell || !ctx.afterGrandTotal)) return { kind: 'part', part };
  if (cells.order !== '') return anyScoreCell ? { kind: 'criterion' } : { kind: 'skip' };

  // No order from here on.
  if (titleCell && cells.self.kind === 'blank' && declaresPoints(titleCell)) return { kind: 'group', titleCell };
  if (anyNumber) return { kind: 'criterion' };
  if (anyScoreCell) return ctx.blankRun === 0 && titleCell ? { kind: 'criterion' } : { kind: 'stray' };

  const first = content[0];
  if (!first || isFooterText(first.text) || ctx.afterGrandTotal) return { kind: 'foreign' };
  if (first.col === columns.group && columns.group !== null) {
    // A new group's name in the group column, on a row of its own.
    return ctx.blankRun === 0 || declaredPoints(first.text) ? { kind: 'group', titleCell: first } : { kind: 'stray' };
  }
  const textOnly = content.every((c) => c.col === columns.title || columns.text.includes(c.col));
  if (textOnly && (ctx.blankRun === 0 || continuesSentence(first.text))) return { kind: 'continuation', cells: content };
  return { kind: 'stray' };
}

function declaresPoints(cell: TextCell): boolean {
  return cell.text.includes('(') && declaredPoints(cell.text) !== null;
}

/** Where a section's title stands: in the label's own cell ("I. Tiêu chí …") or right of it. */
function sectionTitleCell(
  content: TextCell[],
  label: TextCell,
  labelHasTitle: boolean,
  columns: CriteriaColumns,
): TextCell | null {
  if (labelHasTitle) return label;
  return content.find((c) => c.col > label.col && c.col < columns.cap) ?? null;
}

/**
 * The row that numbers the columns under a header: `1 | 2 | 3 | …`, `(1) | (2) | …`, or
 * letters for the text columns before numbers for the others (`A | B | 1 | 2 | 3`).
 */
export function isColumnNumberRow(cells: RowCells): boolean {
  if (cells.cells.length < 3) return false;
  let previous = -Infinity;
  for (const { text } of cells.cells) {
    const rank = columnLabelRank(text);
    if (rank === null || rank <= previous) return false;
    previous = rank;
  }
  return true;
}

/** A column label's place in the numbering: letters A–Z first, then numbers. */
function columnLabelRank(text: string): number | null {
  const m = /^\(?(?:([A-Z])|(\d{1,2}))\)?$/.exec(text);
  if (!m) return null;
  return m[1] ? m[1].charCodeAt(0) - 'A'.charCodeAt(0) - 26 : Number(m[2]);
}

/** How far below a stray row criteria may go on for the row to count as inside the table. */
const STRAY_LOOKAHEAD = 5;

/** Is there a numbered row with a numeric cap or score within a few rows below? */
export function criteriaFollow(row: number, bottom: number, readRow: (row: number) => RowCells): boolean {
  for (let r = row + 1; r <= Math.min(bottom, row + STRAY_LOOKAHEAD); r++) {
    const cells = readRow(r);
    if (orderParts(cells.order) !== null && (isNumeric(cells.cap) || isNumeric(cells.self))) return true;
  }
  return false;
}
