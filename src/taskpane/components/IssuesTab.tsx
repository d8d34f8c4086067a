// Lỗi: issues grouped by severity, each naming its sheet and cell; choosing one
// selects the cell in Excel. Lists are shown a page at a time so that tens of
// thousands of issues stay fast.
import { useMemo, useState } from 'react';
import { Body1, Button, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { Issue, Lang, Severity } from '../../engine/types';
import { strings } from '../i18n';
import { issuesBySeverity, SEVERITIES } from '../selectors';

export const ISSUE_PAGE = 100;

const useStyles = makeStyles({
  group: { marginBlockEnd: tokens.spacingVerticalL },
  heading: { display: 'block', marginBlock: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
  },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  where: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

function where(issue: Issue, workbook: string): string {
  if (!issue.sheet) return workbook;
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}

function IssueItem({ issue, lang, onSelect }: { issue: Issue; lang: Lang; onSelect: (issue: Issue) => void }) {
  const styles = useStyles();
  const t = strings(lang).issues;
  const place = where(issue, t.workbook);
  const content = (
    <>
      <span className={styles.where}>{place}</span>
      <span>{issue.message}</span>
    </>
  );
  if (!issue.sheet || !issue.cell) return <li className={styles.plain}>{content}</li>;
  return (
    <li>
      <Button appearance="subtle" className={styles.item} title={t.select(place)} onClick={() => onSelect(issue)}>
        {content}
      </Button>
    </li>
  );
}

function SeverityGroup({ severity, issues, lang, onSelect }: { severity: Severity; issues: Issue[]; lang: Lang; onSelect: (issue: Issue) => void }) {
  const styles = useStyles();
  const t = strings(lang).issues;
  const [shown, setShown] = useState(ISSUE_PAGE);
  const headingId = `thidua-issues-${severity}`;
  const left = issues.length - shown;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={mergeClasses(styles.heading, styles[severity])}>
        {`${t.severity[severity]} (${issues.length})`}
      </Subtitle2>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, i) => (
          <IssueItem key={i} issue={issue} lang={lang} onSelect={onSelect} />
        ))}
      </ul>
      {left > 0 && (
        <Button appearance="secondary" onClick={() => setShown(shown + ISSUE_PAGE)}>
          {t.more(Math.min(ISSUE_PAGE, left), left)}
        </Button>
      )}
    </section>
  );
}

export function IssuesTab({ lang, issues, onSelect }: { lang: Lang; issues: Issue[]; onSelect: (issue: Issue) => void }) {
  const groups = useMemo(() => issuesBySeverity(issues), [issues]);
  const t = strings(lang).issues;
  if (issues.length === 0) return <Body1>{t.none}</Body1>;
  return (
    <>
      <Body1 as="p">{t.summary(groups.error.length, groups.warning.length, groups.info.length)}</Body1>
      {SEVERITIES.filter((s) => groups[s].length > 0).map((s) => (
        <SeverityGroup key={s} severity={s} issues={groups[s]} lang={lang} onSelect={onSelect} />
      ))}
    </>
  );
}
