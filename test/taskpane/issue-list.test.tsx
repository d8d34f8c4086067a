// The virtualized issue list on its own: 20,000 issues, scrolling, the keyboard
// past the rendered window, and what a screen reader is told.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import type { Issue, Lang, Severity } from '../../src/engine/types';
import { IssuesTab } from '../../src/taskpane/components/IssuesTab';
import { ISSUE_ROWS } from '../../src/taskpane/components/IssueList';

const VIEWPORT = 600;

/** `count` issues of one severity on `sheet`, at B1, B2, …, each message naming its row. */
function issuesOn(sheet: string, severity: Severity, count: number): Issue[] {
  return Array.from({ length: count }, (_, i) => ({
    severity,
    code: 'SCORE_OVER_CAP',
    sheet,
    cell: `B${i + 1}`,
    message: `Dòng ${i + 1} của ${sheet}`,
  }));
}

// Interleaved on purpose: the list groups them by severity itself.
const MANY: Issue[] = [
  ...issuesOn('Ghi', 'info', 2_000),
  ...issuesOn('Lỗi', 'error', 12_000),
  ...issuesOn('Cảnh', 'warning', 6_000),
];

function renderList(issues: Issue[] = MANY, lang: Lang = 'vi') {
  const onSelect = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <IssuesTab lang={lang} issues={issues} onSelect={onSelect} fallbackHeight={VIEWPORT} />
    </FluentProvider>,
  );
  const list = screen.getByRole('listbox');
  const scroll = (top: number) => {
    list.scrollTop = top;
    fireEvent.scroll(list);
  };
  const options = () => within(list).queryAllByRole('option');
  const active = () => document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
  return { ...view, list, onSelect, scroll, options, active, user: userEvent.setup() };
}

describe('virtualized issue list', () => {
  it('renders only the rows in view of 20,000 issues, each telling its place in its group', () => {
    const { options, list } = renderList();
    expect(options().length).toBeGreaterThan(0);
    expect(options().length).toBeLessThan(100);
    expect(list.querySelectorAll('[role=option]').length).toBe(options().length);
    const first = options()[0];
    expect(first).toHaveAccessibleName('Lỗi, trang Lỗi, ô B1: Dòng 1 của Lỗi');
    expect(first).toHaveAttribute('aria-posinset', '1');
    expect(first).toHaveAttribute('aria-setsize', '12000');
    expect(within(list).getByRole('group', { name: 'Lỗi (12.000)' })).toBeInTheDocument();
    expect(screen.getByText('12.000 lỗi, 6.000 cảnh báo, 2.000 ghi chú')).toBeInTheDocument();
    // The list is as tall as all its rows, so the scroll bar tells the length.
    const height = ISSUE_ROWS.header * 3 + ISSUE_ROWS.item * 20_000;
    expect((list.firstElementChild as HTMLElement).style.height).toBe(`${height}px`);
  });

  it('shows later issues when scrolled, and drops the earlier ones', () => {
    const { scroll, options, list } = renderList();
    // The notes come last: below 12,000 errors and 6,000 warnings with their headers.
    scroll(2 * ISSUE_ROWS.header + 18_000 * ISSUE_ROWS.item);
    expect(within(list).getByRole('group', { name: 'Ghi chú (2.000)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Ghi chú, trang Ghi, ô B1: Dòng 1 của Ghi' })).toHaveAttribute(
      'aria-posinset',
      '1',
    );
    expect(screen.queryByRole('option', { name: /trang Lỗi, ô B1:/ })).toBeNull();
    expect(options().length).toBeLessThan(100);
    // Half way through the errors.
    scroll(ISSUE_ROWS.header + 6_000 * ISSUE_ROWS.item);
    expect(screen.getByRole('option', { name: /trang Lỗi, ô B6001:/ })).toHaveAttribute('aria-posinset', '6001');
    expect(within(list).queryByRole('group', { name: /Ghi chú/ })).toBeNull();
  });

  it('moves with the keyboard far past the rendered window and selects with Enter', async () => {
    const { list, user, active, onSelect, options } = renderList();
    act(() => list.focus());
    expect(active()).toHaveAccessibleName(/ô B1:/);
    for (let i = 0; i < 40; i++) await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAccessibleName('Lỗi, trang Lỗi, ô B41: Dòng 41 của Lỗi');
    // Scrolled along: the first rows are gone, and the active one is still in view.
    expect(screen.queryByRole('option', { name: /trang Lỗi, ô B1:/ })).toBeNull();
    const top = ISSUE_ROWS.header + 40 * ISSUE_ROWS.item;
    expect(list.scrollTop).toBeLessThanOrEqual(top - ISSUE_ROWS.header);
    expect(list.scrollTop + VIEWPORT).toBeGreaterThanOrEqual(top + ISSUE_ROWS.item);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ sheet: 'Lỗi', cell: 'B41' }));

    await user.keyboard('{End}');
    expect(active()).toHaveAccessibleName('Ghi chú, trang Ghi, ô B2000: Dòng 2000 của Ghi');
    expect(active()).toHaveAttribute('aria-posinset', '2000');
    await user.keyboard('{PageUp}{ArrowUp} ');
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ sheet: 'Ghi', cell: expect.stringMatching(/^B19\d\d$/) }),
    );
    expect(active()).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Home}');
    expect(active()).toHaveAccessibleName(/trang Lỗi, ô B1:/);
    expect(options().length).toBeLessThan(100);
  });

  it('crosses from one severity to the next with the arrow keys', async () => {
    const issues = [...issuesOn('Lỗi', 'error', 2), ...issuesOn('Cảnh', 'warning', 2)];
    const { list, user, active } = renderList(issues);
    act(() => list.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveAccessibleName('Cảnh báo, trang Cảnh, ô B1: Dòng 1 của Cảnh');
    expect(active()?.closest('[role=group]')).toHaveAccessibleName('Cảnh báo (2)');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveAccessibleName(/ô B2:/);
  });

  it('keeps the active issue in the page when the list is scrolled away from it', async () => {
    const { list, user, active, scroll } = renderList();
    act(() => list.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    scroll(ISSUE_ROWS.header + 10_000 * ISSUE_ROWS.item);
    expect(active()).toHaveAccessibleName(/trang Lỗi, ô B3:/);
    // The keyboard goes on from the active issue, and scrolls back to it.
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAccessibleName(/trang Lỗi, ô B4:/);
    expect(list.scrollTop).toBeLessThan(ISSUE_ROWS.header + 10 * ISSUE_ROWS.item);
  });

  it('selects the cell of a clicked issue, with its sheet and cell', async () => {
    const { user, onSelect, scroll } = renderList();
    scroll(ISSUE_ROWS.header + 300 * ISSUE_ROWS.item);
    await user.click(screen.getByRole('option', { name: /trang Lỗi, ô B302:/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ sheet: 'Lỗi', cell: 'B302' }));
    expect(screen.getByRole('option', { selected: true })).toHaveAccessibleName(/ô B302:/);
  });

  it('names an issue of the whole workbook, in English too', () => {
    const issues: Issue[] = [
      {
        severity: 'warning',
        code: 'NO_TABLE_FOUND',
        sheet: '',
        cell: '',
        message: 'No criteria table and no plan table found in the workbook',
      },
    ];
    renderList(issues, 'en');
    const option = screen.getByRole('option');
    expect(option).toHaveAccessibleName('Warning, whole workbook: No criteria table and no plan table found in the workbook');
    expect(within(option).getByText('Workbook')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Warnings (1)' })).toBeInTheDocument();
  });

  it('passes axe at the top, in the middle and with an active issue', async () => {
    const { container, scroll, list, user } = renderList();
    expect(await axe(container)).toHaveNoViolations();
    scroll(ISSUE_ROWS.header + 11_990 * ISSUE_ROWS.item);
    act(() => list.focus());
    await user.keyboard('{ArrowDown}');
    expect(await axe(container)).toHaveNoViolations();
  });
});
