// Entry of taskpane.html inside Excel: wires the Office.js gateway to the pane.
import { createExcelGateway } from '../excel/gateway';
import { langFromDisplayLanguage } from './i18n';
import { isDarkBackground, mountTaskPane } from './mount';

Office.onReady((info) => {
  const root = document.getElementById('container');
  if (!root || info.host !== Office.HostType.Excel) return;
  const gateway = createExcelGateway(Excel.run, (set, version) => Office.context.requirements.isSetSupported(set, version));
  let dark = false;
  try {
    dark = isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme is not available on every platform: stay light.
  }
  mountTaskPane(root, gateway, { lang: langFromDisplayLanguage(Office.context.displayLanguage), dark });
});
