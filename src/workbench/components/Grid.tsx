// The cell grid of one sheet: column letters, row numbers, cells as text (never
// markup), merges, basic formats, conditional-format and guard marks. Only the rows
// in view are rendered; the rest is one spacer above and one below.
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { columnLetters, formatCell, parseCell, type CellRef } from '../../engine/address';
import type { MemoryExcel, SheetModel } from '../../memory-excel';
import { cellCss, displayText } from '../cell-display';
import { Axis, columnAxis, MergeMap, rowAxis, sheetExtent, visibleRows } from '../grid-layout';

/** Fill of a cell a conditional format flags, when the rule sets none (Excel's light red). */
const FLAG_FILL = '#FFC7CE';
const HEADER_PX = 22;
const ROW_HEADER_PX = 46;
/** How many empty cells to the right a line of text may run over, as in Excel. */
const MAX_OVERFLOW_COLUMNS = 12;

export type Move = 'down' | 'up' | 'left' | 'right' | 'none';

export interface GridProps {
  host: MemoryExcel;
  sheet: SheetModel;
  /** Changes whenever the workbook does. */
  version: number;
  selected: CellRef;
  /** The draft of an edit in the selected cell, or null. */
  editing: string | null;
  onSelect(cell: CellRef): void;
  onMove(move: Exclude<Move, 'none'>): void;
  onStartEdit(initial: string | null): void;
  onDraft(text: string): void;
  onCommit(move: Move): void;
  /** Delete: empties the selected cell. */
  onClear(): void;
  onCancel(): void;
}

interface Layout {
  cols: Axis;
  rows: Axis;
  merges: MergeMap;
  colsCut: boolean;
}

function useLayout(sheet: SheetModel, version: number): Layout {
  return useMemo(() => {
    const extent = sheetExtent(sheet);
    const merges = new MergeMap(sheet.merges);
    const cols = columnAxis(sheet, extent.cols);
    return { cols, rows: rowAxis(sheet, extent.rows, cols, merges), merges, colsCut: extent.colsCut };
    // The model is changed in place: `version` says when.
  }, [sheet, version]);
}

/** Keeps the selected cell in view below the sticky headers. */
function useScrollIntoView(scroller: RefObject<HTMLDivElement | null>, layout: Layout, selected: CellRef): void {
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = layout.rows.offset(selected.row - 1);
    const bottom = top + (layout.rows.sizes[selected.row - 1] ?? 0);
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight - HEADER_PX) el.scrollTop = bottom - el.clientHeight + HEADER_PX;
    const left = layout.cols.offset(selected.col - 1);
    const right = left + (layout.cols.sizes[selected.col - 1] ?? 0);
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth - ROW_HEADER_PX) el.scrollLeft = right - el.clientWidth + ROW_HEADER_PX;
  }, [scroller, layout, selected.row, selected.col]);
}

function isBlank(sheet: SheetModel, merges: MergeMap, row: number, col: number): boolean {
  const c = sheet.cells.get(row)?.get(col);
  return (c?.value === null || c?.value === undefined || c.value === '') && !merges.has(row, col);
}

/** Width a left-aligned line of text in (row, col) may use: its cell and the blank cells after it. */
function overflowWidth(sheet: SheetModel, layout: Layout, row: number, col: number): number {
  let to = col;
  while (to < Math.min(layout.cols.count, col + MAX_OVERFLOW_COLUMNS) && isBlank(sheet, layout.merges, row, to + 1)) to++;
  return layout.cols.span(col - 1, to);
}

function CellEditor({
  draft,
  onDraft,
  onCommit,
  onCancel,
}: Pick<GridProps, 'onDraft' | 'onCommit' | 'onCancel'> & { draft: string }) {
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      // Without this the key's keypress lands on the stop alert that the refused entry opens,
      // and presses its first button (Retry): the alert flashed and closed.
      e.preventDefault();
      onCommit(e.shiftKey ? 'up' : 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      onCommit(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Escape') onCancel();
  };
  return (
    <input
      className="cell-editor"
      aria-label="Sửa ô"
      autoFocus
      value={draft}
      onChange={(e) => onDraft(e.target.value)}
      onKeyDown={keys}
      onBlur={onCancel}
    />
  );
}

const ARROWS: Record<string, Exclude<Move, 'none'>> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function Grid(props: GridProps) {
  const { host, sheet, version, selected, editing } = props;
  const layout = useLayout(sheet, version);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  useScrollIntoView(scroller, layout, selected);
  // When an in-cell edit ends, the keyboard goes back to the grid (arrows, typing).
  const wasEditing = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    if (wasEditing.current && editing === null && (active === document.body || scroller.current?.contains(active)))
      scroller.current?.focus({ preventScroll: true });
    wasEditing.current = editing !== null;
  }, [editing]);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [sheet]);

  const { rows, cols, merges } = layout;
  const shown = visibleRows(rows, view.top, view.height);
  const flagged = sheet.conditionalFormats.length > 0;

  const cellAt = (e: MouseEvent): CellRef | null => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-address]');
    return td ? parseCell(td.dataset.address!) : null;
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    if (ARROWS[e.key]) {
      e.preventDefault();
      props.onMove(ARROWS[e.key]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      props.onStartEdit(null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onClear();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      props.onStartEdit(e.key);
    }
  };

  const renderCell = (row: number, col: number) => {
    const merge = merges.at(row, col);
    let rowSpan = 1;
    let colSpan = 1;
    if (merge) {
      const firstShown = Math.max(merge.top, shown.first);
      if (row !== firstShown || col !== merge.left) return null;
      rowSpan = Math.min(merge.bottom, shown.last) - firstShown + 1;
      colSpan = Math.min(merge.right, cols.count) - merge.left + 1;
    }
    const at = merge ? { row: merge.top, col: merge.left } : { row, col };
    const address = formatCell(at.row, at.col);
    const cell = sheet.cells.get(at.row)?.get(at.col);
    const text = displayText(cell);
    const css: CSSProperties = { ...cellCss(cell, cell?.format), height: rows.span(row - 1, row - 1 + rowSpan) - 1 };
    const marks = flagged ? host.activeConditionalFormats(sheet.name, address) : [];
    if (marks.length) {
      css.backgroundColor = marks[0].fill ?? FLAG_FILL;
      if (marks[0].fontColor) css.color = marks[0].fontColor;
      if (marks[0].bold) css.fontWeight = 700;
    }
    const validation = sheet.validations.get(at.row)?.get(at.col);
    const wrap = !!cell?.format?.wrap || text.includes('\n');
    const isSelected = selected.row === at.row && selected.col === at.col;
    const runsOver = !wrap && !merge && text !== '' && css.textAlign === 'left';
    const classes = [
      'cell',
      wrap ? 'wrap' : 'line',
      isSelected ? 'selected' : '',
      validation ? 'guarded' : '',
      marks.length ? 'flagged' : '',
    ];
    return (
      <td
        key={col}
        role="gridcell"
        data-address={address}
        aria-selected={isSelected}
        rowSpan={rowSpan > 1 ? rowSpan : undefined}
        colSpan={colSpan > 1 ? colSpan : undefined}
        title={validation?.prompt.showPrompt ? validation.prompt.message : undefined}
      >
        <div className={classes.filter(Boolean).join(' ')} style={css}>
          {isSelected && editing !== null ? (
            <CellEditor draft={editing} onDraft={props.onDraft} onCommit={props.onCommit} onCancel={props.onCancel} />
          ) : (
            <span className="text" style={runsOver ? { width: overflowWidth(sheet, layout, at.row, at.col) - 6 } : undefined}>
              {text}
            </span>
          )}
        </div>
      </td>
    );
  };

  const rowNumbers = Array.from({ length: Math.max(0, shown.last - shown.first + 1) }, (_, i) => shown.first + i);
  const colNumbers = Array.from({ length: cols.count }, (_, i) => i + 1);
  return (
    <div
      className="grid-scroller"
      ref={scroller}
      tabIndex={0}
      onKeyDown={keys}
      onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      {layout.colsCut && (
        <p className="grid-notice" role="note">
          {`Trang tính rộng hơn ${cols.count} cột: chỉ hiện ${cols.count} cột đầu.`}
        </p>
      )}
      <table
        className="grid"
        role="grid"
        aria-label={sheet.name}
        aria-rowcount={rows.count}
        style={{ width: ROW_HEADER_PX + cols.total }}
        onMouseDown={(e) => {
          const at = cellAt(e);
          if (at) props.onSelect(at);
        }}
        onDoubleClick={(e) => {
          if (cellAt(e)) props.onStartEdit(null);
        }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {colNumbers.map((c) => (
            <col key={c} style={{ width: cols.sizes[c - 1] }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: HEADER_PX }}>
            <th className="corner" aria-hidden="true" />
            {colNumbers.map((c) => (
              <th key={c} scope="col" className={c === selected.col ? 'current' : undefined}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.first > 1 && <tr aria-hidden="true" style={{ height: rows.offset(shown.first - 1) }} />}
          {rowNumbers.map((row) => (
            <tr key={row} aria-rowindex={row} style={{ height: rows.sizes[row - 1] }}>
              <th scope="row" className={row === selected.row ? 'current' : undefined}>
                {row}
              </th>
              {colNumbers.map((col) => renderCell(row, col))}
            </tr>
          ))}
          {shown.last < rows.count && <tr aria-hidden="true" style={{ height: rows.total - rows.offset(shown.last) }} />}
        </tbody>
      </table>
    </div>
  );
}
