// Geometry of the grouped, virtualized list: pure arithmetic over fixed row heights.
import { itemsInWindow, itemsPerPage, itemTop, layoutGroups, scrollToShow } from '../../src/taskpane/grouped-window';

const ROWS = { header: 30, item: 50 };
// Group 0: header 0–30, items 30–530 (10); group 1: header 530–560, items 560–810 (5).
const layout = layoutGroups([10, 5], ROWS);

describe('grouped window', () => {
  it('stacks each group as a header and its items', () => {
    expect(layout.groups.map((g) => [g.start, g.count, g.top, g.height])).toEqual([
      [0, 10, 0, 530],
      [10, 5, 530, 280],
    ]);
    expect([layout.height, layout.count]).toEqual([810, 15]);
    expect(itemTop(layout, 10, ROWS)).toBe(560);
  });

  it('finds the items meeting a window, within their group', () => {
    // Window 100–300 meets items 1 (80–130) to 5 (280–330).
    expect(itemsInWindow(layout.groups[0], 100, 200, ROWS, 0)).toEqual([1, 6]);
    expect(itemsInWindow(layout.groups[0], 100, 200, ROWS, 2)).toEqual([0, 8]);
    expect(itemsInWindow(layout.groups[1], 100, 200, ROWS, 2)).toEqual([10, 10]);
    expect(itemsInWindow(layout.groups[1], 700, 200, ROWS, 0)).toEqual([12, 15]);
  });

  it('scrolls as little as needed, keeping an item clear of its sticky header', () => {
    expect(scrollToShow(layout, 3, 100, 200, ROWS)).toBe(100); // 180–230 is in view
    expect(scrollToShow(layout, 3, 200, 200, ROWS)).toBe(150); // under the header at 200–230
    expect(scrollToShow(layout, 8, 0, 200, ROWS)).toBe(280); // 430–480 ends the window
    expect(scrollToShow(layout, 10, 700, 200, ROWS)).toBe(530); // a first item brings its header
    expect(itemsPerPage(200, ROWS)).toBe(3);
  });
});
