// The repository documents itself: every relative link of its Markdown files, and every
// docs/*.md a source file names, resolves inside it (nothing points at a folder beside it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f));
}

const markdown = ['README.md', 'CONTRIBUTING.md', ...filesUnder('docs', /\.md$/)].filter((f) => existsSync(path.join(root, f)));
const THIS_FILE = path.relative(root, __filename);
const sources = [...filesUnder('src', /\.tsx?$/), ...filesUnder('test', /\.tsx?$/), ...filesUnder('scripts', /\.m?js$/)].filter(
  (f) => f !== THIS_FILE,
);

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as "-". */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

/** What a Markdown file links to that does not resolve inside the repository. */
function brokenLinks(file: string, text = readFileSync(path.join(root, file), 'utf8')): string[] {
  const broken: string[] = [];
  for (const [, target] of text.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [where, hash] = target.split('#');
    const to = where ? path.resolve(path.dirname(path.join(root, file)), where) : path.join(root, file);
    const inside = to.startsWith(root + path.sep) && existsSync(to);
    const anchors =
      inside && hash && to.endsWith('.md')
        ? [...readFileSync(to, 'utf8').matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1]))
        : null;
    if (!inside || (anchors && !anchors.includes(hash))) broken.push(`${file}: ${target}`);
  }
  return broken;
}

describe('links', () => {
  it('of README, CONTRIBUTING and docs/ resolve inside the repository', () => {
    expect(markdown).toContain('README.md');
    expect(markdown.flatMap((f) => brokenLinks(f))).toEqual([]);
  });

  it('tell a missing file, a file outside the repository and a missing heading', () => {
    const text =
      '[a](docs/none.md) [b](../shared/x.md) [c](docs/report.md#no-such-part) [d](docs/report.md#scoring) [e](https://x.org)';
    expect(brokenLinks('README.md', text)).toEqual([
      'README.md: docs/none.md',
      'README.md: ../shared/x.md',
      'README.md: docs/report.md#no-such-part',
    ]);
  });

  it('named in source comments point at files of the repository', () => {
    const named = sources.flatMap((f) =>
      [...readFileSync(path.join(root, f), 'utf8').matchAll(/\b((?:docs\/[\w.-]+|CONTRIBUTING)\.md)\b/g)].map(
        (m) => `${f}: ${m[1]}`,
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !existsSync(path.join(root, n.split(': ')[1])))).toEqual([]);
    const outside = sources.filter((f) => /shared\/(contracts|tools|fixtures)/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(outside).toEqual([]);
  });
});
