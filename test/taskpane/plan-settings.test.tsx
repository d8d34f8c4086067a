// The plan tab's settings: prefilled from the workbook's title block, the number's
// abbreviation, the recipients and the paper orientation saved and used for the sheet.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import type { Lang, SheetSnapshot } from '../../src/engine/types';
import { App } from '../../src/taskpane/components/App';
import { PaneController } from '../../src/taskpane/controller';
import { FakeGateway } from '../support/fake-gateway';
import { criteriaSheet, planSheet, toyEngine } from '../support/toy-engine';

/** A criteria sheet under a title block, and a plan. */
function workbook(): SheetSnapshot[] {
  return [
    {
      name: 'Bìa',
      origin: 'A1',
      values: [
        ['KHỐI THI ĐUA 09 CĐ TẬP ĐOÀN, TCT'],
        ['CÔNG ĐOÀN DẦU KHÍ VIỆT NAM'],
        [],
        ['TRỰC THUỘC TỔNG LĐLĐ VIỆT NAM NĂM 2023'],
      ],
    },
    criteriaSheet('Tiêu chí 2023', [['1', 'Kết nạp đoàn viên', 5, 5]]),
    planSheet('Nhiệm vụ 2024', [[4, '1', 'Tháng công nhân', '']]),
  ];
}

async function renderPlanTab(gateway = new FakeGateway(workbook()), lang: Lang = 'vi') {
  const engine = toyEngine();
  const controller = new PaneController(gateway, { lang, engine, recheckDelayMs: 1, now: () => new Date(2024, 2, 5) });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} />
    </FluentProvider>,
  );
  await act(() => controller.start());
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: lang === 'vi' ? 'Kế hoạch' : 'Plan' }));
  return { ...view, controller, gateway, engine, user };
}

describe('the plan settings', () => {
  it("are prefilled from the workbook's title block, with the abbreviation made from the unit", async () => {
    const { container } = await renderPlanTab();
    expect(screen.getByRole('textbox', { name: /Đơn vị ban hành/ })).toHaveValue('CÔNG ĐOÀN DẦU KHÍ VIỆT NAM');
    expect(screen.getByRole('textbox', { name: /Cơ quan cấp trên/ })).toHaveValue('TỔNG LĐLĐ VIỆT NAM');
    expect(screen.getByRole('textbox', { name: /Chữ viết tắt/ })).toHaveValue('CĐDK');
    expect(screen.getByRole('radio', { name: 'Khổ ngang' })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('save the abbreviation, recipients and orientation, and the inserted plan uses them', async () => {
    const { user, gateway, engine } = await renderPlanTab();
    const abbreviation = screen.getByRole('textbox', { name: /Chữ viết tắt/ });
    await user.clear(abbreviation);
    await user.type(abbreviation, 'CĐDKVN');
    const recipients = screen.getByRole('textbox', { name: /Nơi nhận/ });
    await user.clear(recipients);
    await user.type(recipients, '- Như trên;{Enter}- Lưu: VT, VP.');
    await user.click(screen.getByRole('radio', { name: 'Khổ dọc' }));
    await user.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    expect(gateway.settings).toMatchObject({
      unit: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
      abbreviation: 'CĐDKVN',
      recipients: '- Như trên;\n- Lưu: VT, VP.',
      orientation: 'portrait',
    });
    await user.click(screen.getByRole('button', { name: 'Chèn kế hoạch tháng' }));
    expect(engine.buildMonthlyPlanSheet).toHaveBeenLastCalledWith(
      expect.objectContaining({
        settings: expect.objectContaining({ abbreviation: 'CĐDKVN', orientation: 'portrait' }),
        date: { day: 5, month: 3, year: 2024 },
      }),
    );
  });

  it('keep saved values over the title block', async () => {
    const gateway = new FakeGateway(workbook());
    gateway.settings = {
      superior: 'CÔNG ĐOÀN DẦU KHÍ VIỆT NAM',
      unit: 'CĐ Tổng công ty Khí Việt Nam',
      abbreviation: '',
      place: 'Vũng Tàu',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Trần Văn B',
      recipients: '- Lưu: VT.',
      orientation: 'portrait',
    };
    await renderPlanTab(gateway);
    expect(screen.getByRole('textbox', { name: /Đơn vị ban hành/ })).toHaveValue('CĐ Tổng công ty Khí Việt Nam');
    expect(screen.getByRole('textbox', { name: /Chữ viết tắt/ })).toHaveValue('CĐTCTK');
    expect(screen.getByRole('textbox', { name: /Chức danh người ký/ })).toHaveValue('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(screen.getByRole('radio', { name: 'Khổ dọc' })).toBeChecked();
  });

  it('are labelled in English too', async () => {
    await renderPlanTab(new FakeGateway(workbook()), 'en');
    expect(screen.getByRole('textbox', { name: /Abbreviation in the document number/ })).toHaveValue('CĐDK');
    expect(screen.getByRole('radio', { name: 'Landscape' })).toBeChecked();
    expect((screen.getByRole('textbox', { name: /Recipients/ }) as HTMLTextAreaElement).value).toMatch(/- Lưu: VT, …$/);
  });
});
