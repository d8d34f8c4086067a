// Entry of taskpane.html: the pane over Excel, or a short note when the page is opened
// outside Excel.
import { whenOfficeReady } from '../excel/office-host';
import { langFromDisplayLanguage, strings } from './i18n';
import { isDarkBackground, mountTaskPane } from './mount';

const root = document.getElementById('container');

whenOfficeReady(
  (gateway, env) => {
    if (root)
      mountTaskPane(root, gateway, {
        lang: langFromDisplayLanguage(env.displayLanguage),
        dark: isDarkBackground(env.bodyBackgroundColor),
      });
  },
  () => {
    if (!root) return;
    const lang = langFromDisplayLanguage(navigator.language);
    root.textContent = strings(lang).notInExcel;
  },
);
