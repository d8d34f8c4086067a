import { whenOfficeReady } from '../../src/excel/office-host';

type Host = 'Excel' | 'Word' | null;

function fakeOffice(host: Host, context: Record<string, unknown>) {
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: (cb: (info: { host: Host }) => void) => cb({ host }),
    context: { requirements: { isSetSupported: (_set: string, v: string) => v !== '1.13' }, ...context },
  };
  g.Excel = { run: jest.fn() };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe('whenOfficeReady', () => {
  it('hands the pane a gateway and Office’s language and theme inside Excel', () => {
    fakeOffice('Excel', { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#202020' } });
    const inExcel = jest.fn();
    const elsewhere = jest.fn();
    whenOfficeReady(inExcel, elsewhere);
    expect(elsewhere).not.toHaveBeenCalled();
    const [gateway, env] = inExcel.mock.calls[0];
    expect(env).toEqual({ displayLanguage: 'en-US', bodyBackgroundColor: '#202020' });
    expect(gateway.capabilities().missing).toContain('ExcelApi 1.13');
  });

  it('stays light where Office has no theme to tell', () => {
    fakeOffice('Excel', { displayLanguage: 'vi-VN' });
    const office = (globalThis as { Office?: { context: object } }).Office!;
    Object.defineProperty(office.context, 'officeTheme', {
      get: () => {
        throw new Error('not supported');
      },
    });
    const inExcel = jest.fn();
    whenOfficeReady(inExcel, jest.fn());
    expect(inExcel.mock.calls[0][1]).toEqual({ displayLanguage: 'vi-VN', bodyBackgroundColor: undefined });
  });

  it('says so when the page is opened in another Office app or in a plain browser', () => {
    fakeOffice('Word', {});
    const elsewhere = jest.fn();
    whenOfficeReady(jest.fn(), elsewhere);
    expect(elsewhere).toHaveBeenCalledTimes(1);
    delete (globalThis as Record<string, unknown>).Office;
    const again = jest.fn();
    whenOfficeReady(jest.fn(), again);
    expect(again).toHaveBeenCalledTimes(1);
  });
});
