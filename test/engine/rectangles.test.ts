import { rectanglesByKey } from '../../src/engine/rectangles';

describe('rectanglesByKey', () => {
  it('joins adjacent cells of a key into rows, then equal rows into rectangles', () => {
    const rects = rectanglesByKey([
      { row: 2, col: 2, key: 'a' },
      { row: 1, col: 1, key: 'a' },
      { row: 1, col: 2, key: 'a' },
      { row: 2, col: 1, key: 'a' },
      { row: 2, col: 3, key: 'b' },
    ]);
    expect(rects).toEqual([
      { key: 'a', rect: { top: 1, bottom: 2, left: 1, right: 2 } },
      { key: 'b', rect: { top: 2, bottom: 2, left: 3, right: 3 } },
    ]);
  });

  it('starts a new rectangle after a gap row or a different run', () => {
    const rects = rectanglesByKey([
      { row: 1, col: 1, key: 'a' },
      { row: 3, col: 1, key: 'a' },
      { row: 4, col: 1, key: 'a' },
      { row: 4, col: 2, key: 'a' },
    ]);
    expect(rects.map((r) => r.rect)).toEqual([
      { top: 1, bottom: 1, left: 1, right: 1 },
      { top: 3, bottom: 3, left: 1, right: 1 },
      { top: 4, bottom: 4, left: 1, right: 2 },
    ]);
  });

  it('counts a repeated cell once', () => {
    expect(
      rectanglesByKey([
        { row: 1, col: 1, key: 'a' },
        { row: 1, col: 1, key: 'a' },
      ]),
    ).toEqual([{ key: 'a', rect: { top: 1, bottom: 1, left: 1, right: 1 } }]);
  });
});
