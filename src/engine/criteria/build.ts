// Builds one table's sections -> groups -> criteria from its classified rows, in order.
// Titles stay raw until the table is finished: a continuation row may still add to them
// (and a "(30 điểm)" may only come on the second line).
import type { CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { numericValue } from '../text/normalize';
import type { Criterion, Finding } from '../types';
import type { TotalScope } from './labels';
import type { RowCells, TextCell } from './row-cells';
import { readCriterion, tidyTitle } from './scores';

export type TotalKind = 'cap' | 'self' | 'appraised';

export interface StatedTotal {
  kind: TotalKind;
  value: number;
  cell: string;
}

export interface GroupDraft {
  title: string;
  cell: string;
  /** Points the group's heading row states in the cap column. */
  capInColumn: number | null;
  criteria: Criterion[];
}

export interface SectionDraft {
  label: string;
  title: string;
  cell: string;
  capInColumn: number | null;
  groups: GroupDraft[];
}

/** A total row (or a heading row's own sums): values to compare with the scopes it may mean. */
export interface TotalRowDraft {
  scopes: (GroupDraft | SectionDraft | 'table')[];
  values: StatedTotal[];
}

/** What a continuation row may add to: the last criterion's, group's or section's title. */
interface Continuable {
  col: number;
  item: { title: string };
}

export class TableBuilder {
  readonly sections: SectionDraft[] = [];
  readonly totalRows: TotalRowDraft[] = [];
  readonly findings: Finding[] = [];
  /** The group column's text that opened the current group ("" if none). */
  groupText = '';
  private group: GroupDraft | null = null;
  private last: Continuable | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly columns: CriteriaColumns,
  ) {}

  /** A section row; one with no title is placed (and its issues reported) at its label. */
  addSection(cells: RowCells, label: string, labelCell: TextCell, titleCell: TextCell | null): void {
    const section: SectionDraft = {
      label,
      title: titleCell?.text ?? '',
      cell: this.grid.address(cells.row, (titleCell ?? labelCell).col),
      capInColumn: numericValue(cells.cap),
      groups: [],
    };
    this.sections.push(section);
    this.group = null;
    this.groupText = '';
    this.last = titleCell ? { col: titleCell.col, item: section } : null;
    this.addOwnSums(cells, section);
  }

  addGroup(cells: RowCells, titleCell: TextCell): void {
    const group = this.openGroup(titleCell.text, this.grid.address(cells.row, titleCell.col), numericValue(cells.cap));
    this.groupText = cells.group;
    this.last = { col: titleCell.col, item: group };
    this.addOwnSums(cells, group);
  }

  addCriterion(cells: RowCells): void {
    const { group: groupCol } = this.columns;
    if (groupCol !== null && cells.group !== '' && cells.group !== this.groupText) {
      this.openGroup(cells.group, this.grid.address(cells.row, groupCol), null);
      this.groupText = cells.group;
    }
    const group = this.group ?? this.openGroup('', '', null);
    const criterion = readCriterion(this.grid, cells, this.columns, this.findings);
    group.criteria.push(criterion);
    this.last = { col: this.columns.title, item: criterion };
  }

  addTotalRow(cells: RowCells, scopes: TotalScope[]): void {
    const section = this.sections[this.sections.length - 1];
    const targets: TotalRowDraft['scopes'] = [];
    for (const scope of scopes) {
      const target = scope === 'table' ? 'table' : scope === 'group' ? this.group : section;
      if (target) targets.push(target);
    }
    this.addStated(cells, ['cap', 'self', 'appraised'], targets);
    this.last = null;
  }

  addContinuation(cells: TextCell[]): void {
    const last = this.last;
    if (!last) return;
    for (const cell of cells) if (cell.col === last.col) last.item.title += (last.item.title ? '\n' : '') + tidyTitle(cell.text);
  }

  /** The sections, with one empty unlabelled section when the table has none. */
  finishedSections(): SectionDraft[] {
    return this.sections.length > 0 ? this.sections : [this.implicitSection()];
  }

  private openGroup(title: string, cell: string, capInColumn: number | null): GroupDraft {
    const section = this.sections[this.sections.length - 1] ?? this.implicitSection();
    const group: GroupDraft = { title, cell, capInColumn, criteria: [] };
    section.groups.push(group);
    this.group = group;
    return group;
  }

  private implicitSection(): SectionDraft {
    const section: SectionDraft = { label: '', title: '', cell: '', capInColumn: null, groups: [] };
    this.sections.push(section);
    return section;
  }

  /** A heading row's self/appraised cells, when filled, state its scope's sums. */
  private addOwnSums(cells: RowCells, scope: GroupDraft | SectionDraft): void {
    this.addStated(cells, ['self', 'appraised'], [scope]);
  }

  private addStated(cells: RowCells, kinds: TotalKind[], scopes: TotalRowDraft['scopes']): void {
    const columns: Record<TotalKind, number | null> = { cap: this.columns.cap, self: this.columns.self, appraised: this.columns.appraised };
    const values: StatedTotal[] = [];
    for (const kind of kinds) {
      const value = numericValue(cells[kind]);
      const col = columns[kind];
      if (value !== null && col !== null) values.push({ kind, value, cell: this.grid.address(cells.row, col) });
    }
    if (values.length > 0 && scopes.length > 0) this.totalRows.push({ scopes, values });
  }
}
