// The pane rendered with Testing Library over a fake gateway and a toy engine.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import { GatewayError } from '../../src/excel/api';
import type { SheetSnapshot } from '../../src/engine/types';
import { App } from '../../src/taskpane/components/App';
import { PaneController } from '../../src/taskpane/controller';
import type { Lang } from '../../src/engine/types';
import { ALL_CAPABILITIES, FakeGateway } from '../support/fake-gateway';
import { criteriaSheet, planSheet, toyEngine } from '../support/toy-engine';

function seedLike(): SheetSnapshot[] {
  return [
    criteriaSheet('Tiêu chí 2023', [
      ['1', 'Kết nạp đoàn viên', 5, 5],
      ['2', 'Tuyên truyền', 45, 45],
    ]),
    planSheet('Nhiệm vụ 2024', [
      [4, '1', 'Tháng công nhân\nhỗ trợ người lao động có hoàn cảnh khó khăn', 'Cả tháng'],
      [4, '2', 'An toàn vệ sinh lao động', ''],
      [5, '1', 'Kỷ niệm ngày sinh Bác', ''],
    ]),
  ];
}

async function renderPane(gateway = new FakeGateway(seedLike()), lang: Lang = 'vi') {
  const controller = new PaneController(gateway, {
    lang,
    engine: toyEngine(),
    recheckDelayMs: 1,
    now: () => new Date(2024, 3, 1),
  });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} />
    </FluentProvider>,
  );
  await act(() => controller.start());
  await screen.findByRole('tablist');
  return { ...view, controller, gateway, user: userEvent.setup() };
}

const rowOf = (table: HTMLElement, name: string | RegExp) => within(table).getByRole('row', { name });

describe('task pane', () => {
  it('shows totals per section and group, with the declared points where they disagree', async () => {
    const { container } = await renderPane();
    const table = screen.getByRole('table', { name: 'Tổng điểm của trang Tiêu chí 2023' });
    const section = rowOf(table, /Công tác chính trị/);
    expect(
      within(section)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['I. Công tác chính trị (298/300 điểm)', '50Ghi: 300', '50Ghi: 298/300', '–', '100%']);
    const group = rowOf(table, /Nhóm của Tiêu chí 2023/);
    // The group declares 50 and its criteria add up to 50: no declared badge.
    expect(within(group).getAllByRole('cell')[1].textContent).toBe('50');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('ranks several criteria sheets by self total', async () => {
    const gateway = new FakeGateway([
      criteriaSheet('CĐ Alpha', [['1', 'A', 10, 4]]),
      criteriaSheet('CĐ Beta', [['1', 'A', 10, 9]]),
      criteriaSheet('CĐ Gamma', [['1', 'A', 10, 6]]),
    ]);
    const { container } = await renderPane(gateway);
    const ranking = screen.getByRole('table', { name: 'Xếp hạng theo điểm tự chấm' });
    const names = within(ranking)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(names).toEqual(['CĐ Beta', 'CĐ Gamma', 'CĐ Alpha']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Xếp hạng theo điểm tự chấm',
      'CĐ Beta',
      'CĐ Gamma',
      'CĐ Alpha',
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lists issues by severity and selects the cell of the one chosen, by click or keyboard', async () => {
    const gateway = new FakeGateway([
      criteriaSheet('Tiêu chí', [
        ['1', 'A', 5, 7],
        ['2', 'B', 5, 6],
      ]),
    ]);
    const { user, container } = await renderPane(gateway);
    // Self 13 over a cap of 10: the total is marked as the error it is.
    const total = rowOf(screen.getByRole('table', { name: 'Tổng điểm của trang Tiêu chí' }), /^I\. /);
    expect(within(total).getAllByRole('cell')[2]).toHaveAttribute('title', 'Vượt điểm chuẩn');
    expect(within(total).getAllByRole('cell')[1]).not.toHaveAttribute('title');
    await user.click(screen.getByRole('tab', { name: 'Lỗi (2)' }));
    const list = screen.getByRole('listbox', { name: 'Danh sách lỗi' });
    expect(list).toHaveAccessibleDescription(/^2 lỗi, 0 cảnh báo, 0 ghi chú/);
    expect(within(list).getByRole('group', { name: 'Lỗi (2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Lỗi, trang Tiêu chí, ô D2: Điểm tự chấm 7 vượt điểm chuẩn 5' }));
    expect(gateway.callsOf('selectCell')).toEqual([['Tiêu chí', 'D2']]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(gateway.callsOf('selectCell')).toEqual([
      ['Tiêu chí', 'D2'],
      ['Tiêu chí', 'D3'],
    ]);
    expect(screen.getByRole('option', { selected: true })).toHaveAccessibleName(/ô D3/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('guards the scores from the toolbar and says so', async () => {
    const { user, gateway } = await renderPane();
    await user.click(screen.getByRole('button', { name: 'Bảo vệ điểm' }));
    expect(gateway.callsOf('guardScores')).toHaveLength(1);
    expect(await screen.findByText('Đã bảo vệ 2 ô điểm.', { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
    expect(screen.getByText('Ô điểm đang được bảo vệ')).toBeInTheDocument();
  });

  it('writes the bloc summary from the toolbar and says so', async () => {
    const { user, gateway } = await renderPane();
    await user.click(screen.getByRole('button', { name: 'Tổng hợp khối' }));
    expect(gateway.callsOf('writeSummary')).toHaveLength(1);
    expect(
      await screen.findByText(/Đã tổng hợp 1 đơn vị vào trang "Tổng hợp"/, { selector: '.fui-MessageBarBody' }),
    ).toBeInTheDocument();
  });

  it('shows an error as a message and recovers on the next action', async () => {
    const { user, gateway, container } = await renderPane();
    gateway.failNext('writeTotals', new GatewayError('EDIT_MODE', 'InvalidOperationInCellEditMode'));
    await user.click(screen.getByRole('button', { name: 'Ghi tổng điểm' }));
    const error = await screen.findByText(/Excel đang ở chế độ sửa ô/, { selector: '.fui-MessageBarBody' });
    expect(error).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Excel đang ở chế độ sửa ô');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Ghi tổng điểm' }));
    expect(
      await screen.findByText('Đã ghi tổng điểm vào trang "Tổng hợp điểm".', { selector: '.fui-MessageBarBody' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/chế độ sửa ô/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByText(/Đã ghi tổng điểm/)).toBeNull();
  });

  it('switches between Vietnamese and English', async () => {
    const { user } = await renderPane(new FakeGateway([criteriaSheet('Tiêu chí', [['1', 'A', 5, 7]])]));
    expect(screen.getByRole('tab', { name: /Điểm/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('tab', { name: /Scores/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Guard scores' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Issues/ }));
    expect(screen.getByText('Self score 7 is above the cap of 5')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' }));
    expect(screen.getByText('Điểm tự chấm 7 vượt điểm chuẩn 5')).toBeInTheDocument();
  });

  it('starts in English when asked to', async () => {
    await renderPane(new FakeGateway(seedLike()), 'en');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('lang', 'en');
  });

  it('previews the chosen month of the plan and inserts it', async () => {
    const { user, gateway, container } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    expect(screen.getByRole('heading', { name: 'Công việc tháng 4/2024' })).toBeInTheDocument();
    const items = () =>
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items()).toEqual([
      '1Tháng công nhân\nhỗ trợ người lao động có hoàn cảnh khó khănGhi chú: Cả tháng',
      '2An toàn vệ sinh lao động',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tháng' }), '5');
    expect(items()).toEqual(['1Kỷ niệm ngày sinh Bác']);
    await user.click(screen.getByRole('button', { name: 'Chèn kế hoạch tháng' }));
    expect(gateway.inserted.map((s) => s.name)).toEqual(['KH T05-2024']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('saves the unit settings typed in the plan tab', async () => {
    const { user, gateway } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    const place = screen.getByRole('textbox', { name: 'Địa danh' });
    await user.clear(place);
    await user.type(place, 'Đà Nẵng');
    await user.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    expect(gateway.settings?.place).toBe('Đà Nẵng');
    expect(
      await screen.findByText('Đã lưu thông tin đơn vị vào sổ tính.', { selector: '.fui-MessageBarBody' }),
    ).toBeInTheDocument();
  });

  it('keeps the line break of a two-line signer title when saving the settings', async () => {
    const { user, gateway } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    const title = screen.getByRole('textbox', { name: 'Chức danh người ký' });
    await user.clear(title);
    await user.type(title, 'TM. BCH{Enter}CHỦ TỊCH');
    await user.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    expect(gateway.settings?.signerTitle).toBe('TM. BCH\nCHỦ TỊCH');
  });

  it('says which features this Excel lacks', async () => {
    const caps = { ...ALL_CAPABILITIES, guards: false, mergedAreas: false, missing: ['ExcelApi 1.8', 'ExcelApi 1.13'] };
    await renderPane(new FakeGateway(seedLike(), caps));
    expect(screen.getByText(/bảo vệ điểm \(ExcelApi 1\.8\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bảo vệ điểm' })).toBeDisabled();
  });

  it('updates totals and issues live when a score is edited', async () => {
    const { gateway, user } = await renderPane();
    act(() => gateway.fireEdit({ sheet: 'Tiêu chí 2023', startRow: 2, values: [['1', 'Kết nạp đoàn viên', 5, 7]] }));
    const result = screen.getByRole('table', { name: 'Kết quả của trang Tiêu chí 2023' });
    await waitFor(() => expect(within(rowOf(result, /^Tổng điểm/)).getAllByRole('cell')[1].textContent).toBe('52'));
    await user.click(screen.getByRole('tab', { name: /Lỗi/ }));
    expect(screen.getByRole('option', { name: /trang Tiêu chí 2023, ô D2/ })).toBeInTheDocument();
  });

  it('shows cell text that looks like HTML as text', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const gateway = new FakeGateway([criteriaSheet(html, [['1', html, 5, 7]]), planSheet('Nhiệm vụ', [[4, '1', html, html]])]);
    const { user, container } = await renderPane(gateway);
    expect(screen.getByRole('heading', { name: html })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Lỗi/ }));
    expect(
      screen.getByRole('option', { name: `Lỗi, trang ${html}, ô D2: Điểm tự chấm 7 vượt điểm chuẩn 5` }),
    ).toBeInTheDocument();
    expect(screen.getByText(`${html}!D2`)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    expect(screen.getAllByText(html, { exact: false }).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });
});
