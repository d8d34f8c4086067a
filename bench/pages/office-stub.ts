// Stands in for Office.js (appsforoffice.microsoft.com) when the production task pane
// is timed offline: Office.onReady says Excel, every requirement set is supported, and
// Excel.run works over an empty in-memory workbook.
import { createMemoryExcel } from '../../src/memory-excel';

const host = createMemoryExcel();
const info = { host: 'Excel', platform: 'OfficeOnline' };

Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (i: typeof info) => void) =>
      Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      }),
    context: {
      requirements: { isSetSupported: () => true },
      displayLanguage: 'vi-VN',
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
    },
  },
  Excel: { run: host.excel.run },
});
