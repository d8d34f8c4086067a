// Reads one criteria table, from the row under its header down to its end. The table
// ends at the sheet's end, at another table's header, at notes or a signature block
// (Ghi chú, Người lập biểu, the date line, anything after the grand total), or at text
// that fits no row of a table (not a continuation: one after blank rows must carry on a
// sentence) unless numbered criteria follow within a few rows.
import { criteriaHeaderAt, criteriaRole, ownValue, sameColumns, type CriteriaHeader } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { cellText } from '../text/normalize';
import type { CriteriaSheet, Finding } from '../types';
import { TableBuilder } from './build';
import { classifyRow, criteriaFollow, isColumnNumberRow, type RowContext } from './classify';
import { finishSections } from './finish';
import { tableResult } from '../scoring/result';
import { rulesHeaderAt } from '../scoring/rules';
import { orderParts } from './labels';
import { readRowCells, type RowCells } from './row-cells';

export interface TableRead {
  table: CriteriaSheet;
  findings: Finding[];
  /** The first row after the table. */
  endRow: number;
  /** The header of a different table that ended this one, if that is what ended it. */
  nextHeader: CriteriaHeader | null;
}

/** Does the order column say "TT" / "Thứ tự": a header row, of this table or another? */
function hasOrderHeading(cells: RowCells): boolean {
  return cells.order !== '' && orderParts(cells.order) === null && criteriaRole(cells.order) === 'order';
}

/** Could this row be a header (a cheap test before the real one)? */
function mayBeHeader(cells: RowCells): boolean {
  return cells.cap.kind === 'text' || cells.self.kind === 'text' || hasOrderHeading(cells);
}

export function readTable(grid: Grid, header: CriteriaHeader): TableRead {
  const { columns } = header;
  const builder = new TableBuilder(grid, columns);
  const findings: Finding[] = [];
  const orderAt = (row: number) => (columns.order === null ? '' : cellText(ownValue(grid, row, columns.order)));
  const ctx: RowContext = {
    columns,
    groupText: '',
    blankRun: 0,
    afterGrandTotal: false,
    nextOrder(row) {
      for (let r = row + 1; r <= grid.bottom; r++) {
        const order = orderAt(r);
        if (order !== '') return order;
      }
      return '';
    },
  };
  let afterHeader = true;
  let row = header.lastRow + 1;
  let nextHeader: CriteriaHeader | null = null;

  for (; row <= grid.bottom; row++) {
    const cells = readRowCells(grid, row, columns);
    if (mayBeHeader(cells)) {
      const again = criteriaHeaderAt(grid, row);
      if (again && !sameColumns(again.columns, columns)) {
        nextHeader = again;
        break;
      }
      if (again) {
        findings.push({
          code: 'REPEATED_HEADER',
          sheet: grid.name,
          cell: grid.address(row, cells.cells[0]?.col ?? columns.left),
          params: {},
        });
        row = again.lastRow;
        afterHeader = true;
        // The table goes on over a page break: what follows is its content.
        ctx.blankRun = 0;
        continue;
      }
      // Another kind of table's header (a plan's TT | Nhiệm vụ, a Xếp loại | Từ): this table is over.
      if (hasOrderHeading(cells) || rulesHeaderAt(grid, row)) break;
    }
    if (afterHeader && isColumnNumberRow(cells)) continue;
    afterHeader = false;

    ctx.groupText = builder.groupText;
    const kind = classifyRow(cells, ctx);
    if (kind.kind === 'foreign') break;
    if (kind.kind === 'stray') {
      if (!criteriaFollow(row, grid.bottom, (r) => readRowCells(grid, r, columns))) break;
      ctx.blankRun = 0;
      continue;
    }
    if (kind.kind === 'blank') {
      ctx.blankRun++;
      continue;
    }
    ctx.blankRun = 0;
    if (kind.kind === 'section') builder.addSection(cells, kind.label, kind.labelCell, kind.titleCell);
    else if (kind.kind === 'group') builder.addGroup(cells, kind.titleCell);
    else if (kind.kind === 'criterion') builder.addCriterion(cells);
    else if (kind.kind === 'part') builder.addPart(cells, kind.part);
    else if (kind.kind === 'continuation') builder.addContinuation(kind.cells);
    else if (kind.kind === 'total') {
      builder.addTotalRow(cells, kind.scopes);
      if (kind.scopes[0] === 'table') ctx.afterGrandTotal = true;
    }
  }

  const finished = finishSections(builder, grid.name);
  const tableFindings = [...builder.findings, ...findings, ...finished.findings];
  return {
    table: {
      sheet: grid.name,
      headerRow: header.row,
      sections: finished.sections,
      result: tableResult(finished.score, tableFindings),
    },
    findings: tableFindings,
    endRow: row,
    nextHeader,
  };
}
