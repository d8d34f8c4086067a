// Builds one table's sections -> groups -> criteria from its classified rows, in order.
// Titles stay raw until the table is finished: a continuation row may still add to them
// (and a "(30 điểm)" may only come on the second line).
//
// Lettered parts (`3 | Tuyên truyền | 10` over `a) … | 5`, `b) … | 5`): a criterion stays
// open while parts follow it, and is settled when the next row is no part. When any part
// has a cap or a score, the parts are the criteria that count (ordered "3a", "3b", their
// parentTitle the parent's title) and the parent's own cap and scores are checked like a
// subtotal row against their sums; when no part has any, the parts are lines of the
// parent's title. A part with no criterion open above it (under a group heading, after a
// total row) is a criterion of its own, or a line of what is above when it has no scores.
import type { CriteriaColumns } from '../detect/criteria-header';
import type { Grid } from '../grid';
import { kindOf } from '../scoring/kinds';
import { htmlToLines } from '../text/html';
import { numericValue } from '../text/normalize';
import type { Criterion, Finding, ScoreKind } from '../types';
import { orderParts, type PartLetter, type TotalScope } from './labels';
import { scoreReadings, type RowCells, type TextCell } from './row-cells';
import { readCriterion, tidyTitle } from './scores';

export type TotalKind = 'cap' | 'self' | 'appraised';

export interface StatedTotal {
  kind: TotalKind;
  value: number;
  cell: string;
}

export interface GroupDraft {
  /** Decided when the group opens, from its first title line: its criteria are checked by it as they are read. */
  kind: ScoreKind;
  title: string;
  cell: string;
  /** Points the group's heading row states in the cap column. */
  capInColumn: number | null;
  criteria: Criterion[];
}

export interface SectionDraft {
  kind: ScoreKind;
  label: string;
  title: string;
  cell: string;
  capInColumn: number | null;
  groups: GroupDraft[];
}

/** The lettered parts of one criterion: what its own cells are checked against. */
export interface PartsDraft {
  kind: 'parts';
  /** How the parts count: their group's kind. */
  counts: ScoreKind;
  criteria: Criterion[];
}

/** A total row (or a heading row's or a parent criterion's own sums): values to compare with the scopes it may mean. */
export interface TotalRowDraft {
  scopes: (GroupDraft | SectionDraft | PartsDraft | 'table')[];
  values: StatedTotal[];
}

/** A criterion just read, with what its cells raised (kept back until it is settled). */
interface ReadCriterion {
  criterion: Criterion;
  findings: Finding[];
}

interface Part extends ReadCriterion {
  label: string;
  scored: boolean;
}

/** The last criterion read, while lettered parts may still follow it. */
interface OpenCriterion extends ReadCriterion {
  group: GroupDraft;
  cells: RowCells;
  parts: Part[];
}

/** What a continuation row may add to: the last criterion's, group's or section's title. */
interface Continuable {
  col: number;
  item: { title: string };
  /** Set when the item is a criterion: its evidence may continue too. */
  criterion?: Criterion;
}

export class TableBuilder {
  readonly sections: SectionDraft[] = [];
  readonly totalRows: TotalRowDraft[] = [];
  readonly findings: Finding[] = [];
  /** The group column's text that opened the current group ("" if none). */
  groupText = '';
  private group: GroupDraft | null = null;
  private last: Continuable | null = null;
  private open: OpenCriterion | null = null;
  /** The order of the numbered group heading above ("1" of `1 | Công tác …`): a part right under it is "1a". */
  private headingOrder = '';

  constructor(
    private readonly grid: Grid,
    private readonly columns: CriteriaColumns,
  ) {}

  /** A section row; one with no title is placed (and its issues reported) at its label. */
  addSection(cells: RowCells, label: string, labelCell: TextCell, titleCell: TextCell | null): void {
    this.settle();
    this.headingOrder = '';
    const section: SectionDraft = {
      kind: kindOf(titleCell?.text ?? ''),
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
    this.settle();
    this.headingOrder = plainOrder(cells.order);
    const group = this.openGroup(titleCell.text, this.grid.address(cells.row, titleCell.col), numericValue(cells.cap));
    this.groupText = cells.group;
    this.last = { col: titleCell.col, item: group };
    this.addOwnSums(cells, group);
  }

  addCriterion(cells: RowCells): void {
    this.settle();
    const { group: groupCol } = this.columns;
    if (groupCol !== null && cells.group !== '' && cells.group !== this.groupText) {
      this.openGroup(cells.group, this.grid.address(cells.row, groupCol), null);
      this.groupText = cells.group;
    }
    const group = this.group ?? this.openGroup('', '', null);
    const read = this.read(cells, group.kind);
    group.criteria.push(read.criterion);
    // Fields named, not `...read`: the spread on this per-row path made a whole check ~2× slower (V8).
    this.open = { criterion: read.criterion, findings: read.findings, group, cells, parts: [] };
  }

  addPart(cells: RowCells, part: PartLetter): void {
    const open = this.open;
    const prefix = open ? plainOrder(open.cells.order) : this.headingOrder;
    const scored = scoreReadings(cells).some((r) => r.kind !== 'blank');
    if (!open && !scored) {
      this.addContinuation([{ col: this.columns.title, text: (part.label + part.title).trim() }]);
      return;
    }
    const group = open?.group ?? this.group ?? this.openGroup('', '', null);
    const read = this.read({ ...cells, order: prefix + part.letter, title: part.title }, group.kind);
    if (open) {
      open.parts.push({ criterion: read.criterion, findings: read.findings, label: part.label, scored });
      return;
    }
    // No criterion above to be a part of: a criterion of its own.
    group.criteria.push(read.criterion);
    this.flush(read);
  }

  addTotalRow(cells: RowCells, scopes: TotalScope[]): void {
    this.settle();
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
    for (const cell of cells) {
      if (cell.col === last.col) last.item.title += (last.item.title ? '\n' : '') + tidyTitle(cell.text);
      // Evidence carried on below a criterion (a page break, a pasted list) is its evidence too.
      else if (last.criterion && cell.col === this.columns.basis)
        last.criterion.basis = joinLines(last.criterion.basis, cell.text);
    }
  }

  /** The sections (the last criterion settled), with one empty unlabelled section when the table has none. */
  finishedSections(): SectionDraft[] {
    this.settle();
    return this.sections.length > 0 ? this.sections : [this.implicitSection()];
  }

  /** Reads a criterion's cells; it is the row continuation rows add to from now on. */
  private read(cells: RowCells, kind: ScoreKind): ReadCriterion {
    const findings: Finding[] = [];
    const criterion = readCriterion(this.grid, cells, this.columns, kind, findings);
    this.last = { col: this.columns.title, item: criterion, criterion };
    return { criterion, findings };
  }

  private flush(read: ReadCriterion): void {
    for (const finding of read.findings) this.findings.push(finding);
  }

  /** Decides what the open criterion's parts are (see the top of this file). */
  private settle(): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    const parent = open.criterion;
    if (!open.parts.some((p) => p.scored)) {
      for (const part of open.parts) parent.title += `\n${(part.label + part.criterion.title).trim()}`;
      this.flush(open);
      return;
    }
    const criteria = open.parts.map((p) => p.criterion);
    for (const part of open.parts) {
      part.criterion.parentTitle = parent.title;
      // The parent's evidence stands for parts that give none of their own.
      if (part.criterion.basis === '' && parent.basis !== '') {
        part.criterion.basis = parent.basis;
        part.findings = part.findings.filter((f) => f.code !== 'EVIDENCE_MISSING');
      }
    }
    open.group.criteria.splice(open.group.criteria.indexOf(parent), 1, ...criteria);
    for (const part of open.parts) this.flush(part);
    this.addStated(open.cells, ['cap', 'self', 'appraised'], [{ kind: 'parts', counts: open.group.kind, criteria }]);
  }

  private openGroup(title: string, cell: string, capInColumn: number | null): GroupDraft {
    const section = this.sections[this.sections.length - 1] ?? this.implicitSection();
    const group: GroupDraft = { kind: kindOf(title, section.kind), title, cell, capInColumn, criteria: [] };
    section.groups.push(group);
    this.group = group;
    return group;
  }

  private implicitSection(): SectionDraft {
    const section: SectionDraft = { kind: 'base', label: '', title: '', cell: '', capInColumn: null, groups: [] };
    this.sections.push(section);
    return section;
  }

  /** A heading row's self/appraised cells, when filled, state its scope's sums. */
  private addOwnSums(cells: RowCells, scope: GroupDraft | SectionDraft): void {
    this.addStated(cells, ['self', 'appraised'], [scope]);
  }

  private addStated(cells: RowCells, kinds: TotalKind[], scopes: TotalRowDraft['scopes']): void {
    const columns: Record<TotalKind, number | null> = {
      cap: this.columns.cap,
      self: this.columns.self,
      appraised: this.columns.appraised,
    };
    const values: StatedTotal[] = [];
    for (const kind of kinds) {
      const value = numericValue(cells[kind]);
      const col = columns[kind];
      if (value !== null && col !== null) values.push({ kind, value, cell: this.grid.address(cells.row, col) });
    }
    if (values.length > 0 && scopes.length > 0) this.totalRows.push({ scopes, values });
  }
}

function joinLines(text: string, more: string): string {
  const lines = htmlToLines(more);
  return text && lines ? `${text}\n${lines}` : text || lines;
}

/** "3." -> "3", "1 . 2" -> "1.2"; "" when the order is no number. */
function plainOrder(order: string): string {
  return orderParts(order)?.join('.') ?? '';
}
