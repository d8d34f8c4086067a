// Lỗi: a summary, then every issue in one virtualized list grouped by severity;
// choosing one selects its cell in Excel.
import { useId, useMemo } from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Lang } from '../../engine/types';
import { formatCount, strings } from '../i18n';
import { issuesBySeverity } from '../selectors';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  // Fills the tab panel, so the list (not the pane) scrolls.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flex: '1 1 auto', minHeight: 0 },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface IssuesTabProps {
  lang: Lang;
  issues: Issue[];
  onSelect: (issue: Issue) => void;
  /** Visible list height where there is no layout (tests). */
  fallbackHeight?: number;
}

export function IssuesTab({ lang, issues, onSelect, fallbackHeight }: IssuesTabProps) {
  const styles = useStyles();
  const groups = useMemo(() => issuesBySeverity(issues), [issues]);
  const t = strings(lang).issues;
  const introId = useId();
  if (issues.length === 0) return <Body1>{t.none}</Body1>;
  const count = (n: number) => formatCount(lang, n);
  return (
    <div className={styles.root}>
      <div id={introId} className={styles.intro}>
        <Body1>{t.summary(count(groups.error.length), count(groups.warning.length), count(groups.info.length))}</Body1>
        <Caption1 className={styles.hint}>{t.hint}</Caption1>
      </div>
      <IssueList lang={lang} groups={groups} onSelect={onSelect} describedBy={introId} fallbackHeight={fallbackHeight} />
    </div>
  );
}
