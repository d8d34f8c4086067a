// Entry of taskpane.html inside Excel: wires the Office.js gateway to the pane.
import { createExcelGateway } from '../excel/gateway';
import { langFromDisplayLanguage } from './i18n';
import { mountTaskPane } from './mount';

/** Office reports its theme as colours; a dark body background means a dark theme. */
function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

Office.onReady((info) => {
  const root = document.getElementById('container');
  if (!root || info.host !== Office.HostType.Excel) return;
  const gateway = createExcelGateway(Excel.run, (set, version) => Office.context.requirements.isSetSupported(set, version));
  let dark = false;
  try {
    dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme is not available on every platform: stay light.
  }
  mountTaskPane(root, gateway, { lang: langFromDisplayLanguage(Office.context.displayLanguage), dark });
});
