// Geometry of a virtualized list of groups: each group is a header row followed by
// its items, all of fixed heights, so the position of any item is arithmetic and
// only the items inside the scrolled window need to exist in the page.
// Items are numbered across groups (0 … total-1) in group order.

export interface RowHeights {
  header: number;
  item: number;
}

export interface GroupBox {
  /** Flat index of the group's first item. */
  start: number;
  count: number;
  /** Offset of the group's header from the top of the list, in pixels. */
  top: number;
  height: number;
}

export interface GroupedLayout {
  groups: GroupBox[];
  /** Height of the whole list. */
  height: number;
  /** Number of items in all groups. */
  count: number;
}

export function layoutGroups(counts: number[], rows: RowHeights): GroupedLayout {
  const groups: GroupBox[] = [];
  let top = 0;
  let start = 0;
  for (const count of counts) {
    const height = rows.header + count * rows.item;
    groups.push({ start, count, top, height });
    top += height;
    start += count;
  }
  return { groups, height: top, count: start };
}

/** The group holding flat item `index` (groups are few: a linear scan is enough). */
export function groupOfItem(layout: GroupedLayout, index: number): GroupBox {
  return layout.groups.find((g) => index < g.start + g.count) ?? layout.groups[layout.groups.length - 1];
}

/** Offset of item `index` from the top of the list. */
export function itemTop(layout: GroupedLayout, index: number, rows: RowHeights): number {
  const g = groupOfItem(layout, index);
  return g.top + rows.header + (index - g.start) * rows.item;
}

/**
 * Flat indices [from, to) of a group's items that meet the window
 * [scrollTop, scrollTop + viewport], widened by `overscan` items each side.
 */
export function itemsInWindow(
  group: GroupBox,
  scrollTop: number,
  viewport: number,
  rows: RowHeights,
  overscan: number,
): [number, number] {
  const first = group.top + rows.header;
  const from = Math.floor((scrollTop - first) / rows.item) - overscan;
  const to = Math.ceil((scrollTop + viewport - first) / rows.item) + overscan;
  const clamp = (n: number) => Math.min(group.count, Math.max(0, n));
  return [group.start + clamp(from), group.start + clamp(to)];
}

/**
 * The scroll offset that brings item `index` fully into view below its group's
 * sticky header, moving as little as possible (the first item brings its header too).
 */
export function scrollToShow(
  layout: GroupedLayout,
  index: number,
  scrollTop: number,
  viewport: number,
  rows: RowHeights,
): number {
  const g = groupOfItem(layout, index);
  const top = itemTop(layout, index, rows);
  const highest = index === g.start ? g.top : top - rows.header;
  const lowest = top + rows.item - viewport;
  if (scrollTop > highest) return highest;
  if (scrollTop < lowest) return Math.min(lowest, highest);
  return scrollTop;
}

/** How many items fit in the window under a header: the step of Page Up / Page Down. */
export function itemsPerPage(viewport: number, rows: RowHeights): number {
  return Math.max(1, Math.floor((viewport - rows.header) / rows.item));
}
