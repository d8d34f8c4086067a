// Every text has both languages: the pane's strings (src/taskpane/i18n.ts) and the
// issue messages (src/engine/messages.ts). A key in one language only, an empty text,
// or an English text left in Vietnamese fails here.
import { issueMessage, SEVERITY } from '../../src/engine/messages';
import type { IssueCode, IssueParams, Lang } from '../../src/engine/types';
import { strings } from '../../src/taskpane/i18n';

/** Any parameter a text may ask for (templates take up to four): a sheet name, a number, or text. */
const ANY = new Proxy(
  {},
  {
    get: (_, key) =>
      key === Symbol.toPrimitive ? () => '7' : key === 'sheet' ? 'Trang 1' : String(key).startsWith('get') ? () => 7 : 7, // a Date's getters too
  },
);

/** Each text of the pane by its path (tabs.scores, messages.checked…), templates filled in. */
function texts(lang: Lang): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: object, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object') walk(value, `${prefix}${key}.`);
      else out.set(`${prefix}${key}`, typeof value === 'function' ? value(ANY, ANY, ANY, ANY) : value);
    }
  };
  walk(strings(lang), '');
  return out;
}

/** Texts that are names, the same in both languages. */
const NAMES = new Set(['appTitle']);

describe('the pane speaks both languages', () => {
  const [vi, en] = [texts('vi'), texts('en')];

  it('has every key in Vietnamese and in English', () => {
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('has words, and different words, for each key in each language', () => {
    const empty = [...vi, ...en].filter(
      ([, text]) => typeof text !== 'string' || text.trim() === '' || /undefined|NaN/.test(text),
    );
    expect(empty.map(([key]) => key)).toEqual([]);
    expect([...vi.keys()].filter((k) => vi.get(k) === en.get(k) && !NAMES.has(k))).toEqual([]);
  });
});

describe('issue messages speak both languages', () => {
  const codes = Object.keys(SEVERITY) as IssueCode[];
  const message = (code: IssueCode, lang: Lang) => issueMessage({ code, params: ANY as IssueParams }, lang);

  it('have a message of their own (not the bare code) in each language, different in each', () => {
    expect(codes.length).toBeGreaterThan(15);
    const missing = codes.flatMap((code) =>
      (['vi', 'en'] as const)
        .filter((lang) => {
          const text = message(code, lang);
          return text === code || text.trim() === '' || /undefined|NaN/.test(text);
        })
        .map((lang) => `${code} ${lang}`),
    );
    expect(missing).toEqual([]);
    expect(codes.filter((code) => message(code, 'vi') === message(code, 'en'))).toEqual([]);
  });
});
