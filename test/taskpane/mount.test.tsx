// mountTaskPane: the same pane over any gateway, here with the real engine.
import { act, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { SheetSnapshot } from '../../src/engine/types';
import { langFromDisplayLanguage } from '../../src/taskpane/i18n';
import { isDarkBackground, mountTaskPane, type MountedPane } from '../../src/taskpane/mount';
import { FakeGateway } from '../support/fake-gateway';

const GROUP = 'Công tác xây dựng tổ chức công đoàn (50 điểm)';

/** A criteria table laid out like the seed: group cell merged down its criteria. */
function seedLikeSheet(): SheetSnapshot {
  return {
    name: 'Tiêu chí 2023',
    origin: 'A1',
    values: [
      [
        'Nhóm lĩnh vực cơ bản',
        'Thứ tự',
        'Nội dung tiêu chí thi đua',
        'Căn cứ chấm điểm',
        'Điểm chuẩn',
        'Điểm tự chấm',
        'Điểm thẩm định',
      ],
      ['Mục I', null, 'Tiêu chí thực hiện nhiệm vụ chính trị (298/300 điểm)', null, null, null, null],
      [GROUP, 1, 'Kết nạp đoàn viên công đoàn', 'Đạt chỉ tiêu', 5, 5, null],
      [GROUP, 2, 'Thành lập CĐCS', 'Đạt chỉ tiêu', 5, 5, null],
      [GROUP, 3, 'Công tác tổ chức đại hội', 'Đạt chỉ tiêu', 40, 40, null],
    ],
    merges: ['A3:A5'],
  };
}

let pane: MountedPane | null = null;
afterEach(async () => {
  await act(async () => pane?.unmount());
  pane = null;
  document.body.replaceChildren();
});

async function mount(gateway: FakeGateway, lang: 'vi' | 'en' = 'vi') {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    pane = mountTaskPane(root, gateway, { lang, dark: false, file: 'seed.xlsx' });
  });
  await screen.findByRole('tablist');
  return root;
}

describe('mountTaskPane', () => {
  it('renders the totals the real engine computes, flagging the declared 300 and 298', async () => {
    const root = await mount(new FakeGateway([seedLikeSheet()]));
    const table = screen.getByRole('table', { name: 'Tổng điểm của trang Tiêu chí 2023' });
    const section = within(table).getByRole('row', { name: /Tiêu chí thực hiện nhiệm vụ chính trị/ });
    const cells = within(section)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1, 3)).toEqual(['50Ghi: 300', '50Ghi: 298/300']);
    const group = within(table).getByRole('row', { name: /Công tác xây dựng tổ chức công đoàn/ });
    expect(within(group).getAllByRole('cell')[1].textContent).toBe('50');
    expect(document.documentElement.lang).toBe('vi');
    expect(await axe(root)).toHaveNoViolations();
  });

  it('checks again when the pane regains focus or the workbook is activated, only if the workbook changed', async () => {
    const gateway = new FakeGateway([seedLikeSheet()]);
    await mount(gateway);
    expect(screen.getByText(/^Kiểm tra lúc \d\d:\d\d$/)).toBeInTheDocument();
    await act(async () => window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(gateway.callsOf('isCurrent')).toHaveLength(1));
    expect(gateway.callsOf('readSnapshots')).toHaveLength(1);
    gateway.current = false;
    await act(async () => gateway.activate());
    await waitFor(() => expect(gateway.callsOf('readSnapshots')).toHaveLength(2));
  });

  it('follows the language it is given and stops watching when unmounted', async () => {
    const gateway = new FakeGateway([seedLikeSheet()]);
    await mount(gateway, 'en');
    expect(screen.getByRole('button', { name: 'Write totals' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(gateway.watchers).toHaveLength(1);
    await act(async () => pane?.unmount());
    pane = null;
    expect(gateway.watchers[0].stopped).toBe(true);
  });
});

describe('Office host settings', () => {
  it('reads a dark theme from a dark body background', () => {
    expect(isDarkBackground('#262626')).toBe(true);
    expect(isDarkBackground('1f1f1f')).toBe(true);
    expect(isDarkBackground('#FFFFFF')).toBe(false);
    expect(isDarkBackground('#e6e6e6')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
  });

  it('speaks Vietnamese for a Vietnamese (or unknown) display language, English otherwise', () => {
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('vi')).toBe('vi');
    expect(langFromDisplayLanguage(undefined)).toBe('vi');
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('fr-FR')).toBe('en');
  });
});
