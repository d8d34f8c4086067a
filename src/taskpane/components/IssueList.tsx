// The issues as one virtualized listbox, grouped by severity under sticky headers.
// Only the rows in view (and the active one) are in the page, so 20,000 issues
// scroll as smoothly as 20. Focus stays on the listbox; the active option is
// named by aria-activedescendant, and each option carries its place in its group
// (aria-posinset / aria-setsize) since most of them are not rendered.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Issue, Lang, Severity } from '../../engine/types';
import { formatCount, strings } from '../i18n';
import { SEVERITIES } from '../selectors';
import {
  groupOfItem,
  itemsInWindow,
  itemsPerPage,
  layoutGroups,
  scrollToShow,
  type GroupBox,
  type RowHeights,
} from '../grouped-window';
import { useScrollViewport } from './useScrollViewport';

/** Pixel heights the styles below are built to: a header line, and an item of a place line and two message lines. */
export const ISSUE_ROWS: RowHeights = { header: 36, item: 68 };
const OVERSCAN = 4;

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
};

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    flex: '1 1 auto',
    minHeight: '14rem',
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // The active option shows where the keyboard is; the box itself needs no ring.
    outlineStyle: 'none',
    ':focus-visible': shorthands.borderColor(tokens.colorStrokeFocus2),
    ':focus-visible [data-active="true"]': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  group: { position: 'absolute', insetInline: 0 },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    boxSizing: 'border-box',
    height: `${ISSUE_ROWS.header}px`,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  option: {
    position: 'absolute',
    insetInline: 0,
    boxSizing: 'border-box',
    height: `${ISSUE_ROWS.item}px`,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `5px ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  inert: { cursor: 'default' },
  chosen: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorCompoundBrandStroke}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  icon: { flex: 'none', marginBlockStart: '0' },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, flex: '1 1 auto' },
  place: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: '16px',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  message: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: '20px',
    color: tokens.colorNeutralForeground1,
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export interface IssueListProps {
  lang: Lang;
  groups: Record<Severity, Issue[]>;
  onSelect: (issue: Issue) => void;
  /** Id of the text that describes the list (its summary). */
  describedBy?: string;
  /** Visible height to assume where there is no layout (tests); the window's otherwise. */
  fallbackHeight?: number;
}

interface Located {
  severity: Severity;
  issue: Issue;
  group: GroupBox;
}

function where(issue: Issue, workbook: string): string {
  if (!issue.sheet) return workbook;
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}

export function IssueList({ lang, groups, onSelect, describedBy, fallbackHeight }: IssueListProps) {
  const styles = useStyles();
  const t = strings(lang).issues;
  const baseId = useId();
  const severities = useMemo(() => SEVERITIES.filter((s) => groups[s].length > 0), [groups]);
  const layout = useMemo(
    () =>
      layoutGroups(
        severities.map((s) => groups[s].length),
        ISSUE_ROWS,
      ),
    [groups, severities],
  );
  const viewport = useScrollViewport<HTMLDivElement>(fallbackHeight);
  const [activeIndex, setActive] = useState<number | null>(null);
  // The chosen issue is remembered for this list only: a new check makes a new list.
  const [chosen, setChosen] = useState<{ of: Record<Severity, Issue[]>; index: number } | null>(null);
  const chosenIndex = chosen?.of === groups ? chosen.index : null;
  const active = activeIndex === null || layout.count === 0 ? null : Math.min(activeIndex, layout.count - 1);

  const locate = (index: number): Located => {
    const group = groupOfItem(layout, index);
    const severity = severities[layout.groups.indexOf(group)];
    return { severity, group, issue: groups[severity][index - group.start] };
  };
  const optionId = (index: number) => `${baseId}-issue-${index}`;

  const scrollTop = () => viewport.ref.current?.scrollTop ?? viewport.scrollTop;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(layout.count - 1, index));
    setActive(next);
    viewport.scrollTo(scrollToShow(layout, next, scrollTop(), viewport.height, ISSUE_ROWS));
  };

  const choose = (index: number) => {
    setActive(index);
    setChosen({ of: groups, index });
    onSelect(locate(index).issue);
  };

  /** The first item the window shows, where the keyboard starts when nothing is active. */
  const firstInView = (): number => {
    const top = scrollTop() + ISSUE_ROWS.header;
    for (const g of layout.groups) {
      const [from, to] = itemsInWindow(g, top, viewport.height - ISSUE_ROWS.header, ISSUE_ROWS, 0);
      if (from < to) return from;
    }
    return 0;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = itemsPerPage(viewport.height, ISSUE_ROWS);
    const from = active ?? firstInView();
    const moves: Record<string, number> = {
      ArrowDown: active === null ? from : from + 1,
      ArrowUp: active === null ? from : from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: layout.count - 1,
    };
    if (e.key in moves) moveTo(moves[e.key]);
    else if ((e.key === 'Enter' || e.key === ' ') && active !== null) choose(active);
    else return;
    e.preventDefault();
  };

  // A click focuses the list before it chooses: only keyboard focus picks (and scrolls to) a start.
  const pointerDown = useRef(false);
  const onFocus = () => {
    if (active === null && !pointerDown.current) moveTo(chosenIndex ?? firstInView());
    pointerDown.current = false;
  };

  const renderOption = (index: number) => {
    const { severity, issue, group } = locate(index);
    const Icon = ICONS[severity];
    const pos = index - group.start;
    const place = where(issue, t.workbook);
    const selectable = Boolean(issue.sheet && issue.cell);
    return (
      <div
        key={index}
        role="option"
        id={optionId(index)}
        aria-selected={index === chosenIndex}
        aria-posinset={pos + 1}
        aria-setsize={group.count}
        aria-label={t.itemLabel(t.kind[severity], issue.message, issue.sheet, issue.cell)}
        data-active={index === active}
        className={mergeClasses(styles.option, !selectable && styles.inert, index === chosenIndex && styles.chosen)}
        style={{ top: ISSUE_ROWS.header + pos * ISSUE_ROWS.item }}
        onClick={() => choose(index)}
      >
        <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden />
        <div className={styles.body}>
          <span className={styles.place}>{place}</span>
          <span className={styles.message} title={issue.message}>
            {issue.message}
          </span>
        </div>
      </div>
    );
  };

  return (
    <div
      ref={viewport.ref}
      role="listbox"
      tabIndex={0}
      aria-label={t.listLabel}
      aria-describedby={describedBy}
      aria-activedescendant={active === null ? undefined : optionId(active)}
      className={styles.scroller}
      onScroll={viewport.onScroll}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onPointerDown={() => (pointerDown.current = true)}
    >
      <div style={{ height: layout.height, position: 'relative' }}>
        {layout.groups.map((group, g) => {
          const severity = severities[g];
          const [from, to] = itemsInWindow(group, viewport.scrollTop, viewport.height, ISSUE_ROWS, OVERSCAN);
          const holdsActive = active !== null && active >= group.start && active < group.start + group.count;
          if (from >= to && !holdsActive) return null;
          const indices = Array.from({ length: to - from }, (_, i) => from + i);
          // The active option stays in the page when scrolled away, so aria-activedescendant always resolves.
          if (holdsActive && (active < from || active >= to)) indices.push(active);
          const Icon = ICONS[severity];
          const heading = `${t.severity[severity]} (${formatCount(lang, group.count)})`;
          return (
            <div
              key={severity}
              role="group"
              aria-label={heading}
              className={styles.group}
              style={{ top: group.top, height: group.height }}
            >
              <div className={styles.header} aria-hidden>
                <Icon className={styles[severity]} />
                {heading}
              </div>
              {indices.map(renderOption)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
