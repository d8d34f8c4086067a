// The pane: actions, status, notices and the three tabs. It renders the
// controller's state and calls its actions; it never touches Office.js.
import { useState, useSyncExternalStore } from 'react';
import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  Toolbar,
  ToolbarButton,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowSync20Regular,
  Calculator20Regular,
  DataBarVertical20Regular,
  Dismiss20Regular,
  LocalLanguage20Regular,
  ShieldCheckmark20Regular,
  ShieldDismiss20Regular,
} from '@fluentui/react-icons';
import type { Capabilities } from '../../excel/api';
import type { Lang } from '../../engine/types';
import type { PaneController, PaneState } from '../controller';
import { formatCount, formatMessage, strings } from '../i18n';
import { IssuesTab } from './IssuesTab';
import { PlanTab } from './PlanTab';
import { ScoresTab } from './ScoresTab';

type TabId = 'scores' | 'issues' | 'plan';
const TABS: TabId[] = ['scores', 'issues', 'plan'];

const useStyles = makeStyles({
  // The pane's height: the tab panel takes what the header, actions and notices leave, and scrolls.
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    height: '100vh',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  // Two even columns in a narrow pane, their icons in line with the title.
  toolbar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))',
    justifyItems: 'start',
    padding: 0,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalMNudge})`,
  },
  states: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  panel: {
    flex: '1 1 0',
    minHeight: '16rem',
    overflowY: 'auto',
    // Edge to edge, so its scroll bar sits at the pane's edge.
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  // Tab labels in line with the title (a tab pads its label).
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalMNudge})` },
  // The issue list scrolls by itself and fills the panel.
  listPanel: { display: 'flex', flexDirection: 'column', overflowY: 'hidden' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const FEATURES: (keyof Omit<Capabilities, 'missing'>)[] = ['guards', 'liveEvents', 'mergedAreas', 'settings'];

/** What this Excel cannot do, from the gateway's capabilities. */
function Unavailable({ lang, capabilities }: { lang: Lang; capabilities: Capabilities }) {
  const t = strings(lang);
  const absent = FEATURES.filter((f) => !capabilities[f]);
  if (absent.length === 0 && capabilities.missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.unavailableTitle}</MessageBarTitle>
        {absent.length ? absent.map((f) => t.features[f]).join('; ') : capabilities.missing.join(', ')}
      </MessageBarBody>
    </MessageBar>
  );
}

function Notice({ state, controller }: { state: PaneState; controller: PaneController }) {
  const { notice, lang } = state;
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{formatMessage(lang, notice.key, notice.params)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={strings(lang).dismiss}
            icon={<Dismiss20Regular />}
            onClick={() => controller.dismissNotice()}
          />
        }
      />
    </MessageBar>
  );
}

/** Announces work in progress and results to screen readers. */
function LiveStatus({ state }: { state: PaneState }) {
  const styles = useStyles();
  const t = strings(state.lang);
  const text = state.busy
    ? t.busy[state.busy]
    : state.notice
      ? formatMessage(state.lang, state.notice.key, state.notice.params)
      : '';
  return (
    <div role="status" aria-live="polite" className={styles.visuallyHidden}>
      {text}
    </div>
  );
}

function Actions({ state, controller }: { state: PaneState; controller: PaneController }) {
  const styles = useStyles();
  const t = strings(state.lang);
  const busy = state.busy !== null;
  const noCriteria = !state.report?.criteriaSheets.length;
  const cannotGuard = busy || noCriteria || !state.capabilities.guards;
  return (
    <Toolbar aria-label={t.actionsLabel} className={styles.toolbar}>
      <ToolbarButton icon={<ArrowSync20Regular />} disabled={busy} onClick={() => controller.refresh()}>
        {t.actions.refresh}
      </ToolbarButton>
      <ToolbarButton icon={<ShieldCheckmark20Regular />} disabled={cannotGuard} onClick={() => controller.guard()}>
        {t.actions.guard}
      </ToolbarButton>
      <ToolbarButton
        icon={<ShieldDismiss20Regular />}
        disabled={busy || !state.capabilities.guards}
        onClick={() => controller.unguard()}
      >
        {t.actions.unguard}
      </ToolbarButton>
      <ToolbarButton icon={<Calculator20Regular />} disabled={busy || noCriteria} onClick={() => controller.writeTotals()}>
        {t.actions.totals}
      </ToolbarButton>
      <ToolbarButton icon={<DataBarVertical20Regular />} disabled={busy || noCriteria} onClick={() => controller.writeSummary()}>
        {t.actions.summary}
      </ToolbarButton>
    </Toolbar>
  );
}

/** Whether the score cells are guarded and edits are being checked live, and when the workbook was last checked. */
function States({ state }: { state: PaneState }) {
  const styles = useStyles();
  const t = strings(state.lang);
  if (!state.guarded && !state.watching && !state.checkedAt) return null;
  return (
    <div className={styles.states}>
      {state.checkedAt && <Text size={200}>{t.checkedAt(state.checkedAt)}</Text>}
      {state.guarded && (
        <Badge appearance="tint" color="success">
          {t.guardedState}
        </Badge>
      )}
      {state.watching && (
        <Badge appearance="tint" color="informative">
          {t.liveState}
        </Badge>
      )}
    </div>
  );
}

export function App({ controller }: { controller: PaneController }) {
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const [tab, setTab] = useState<TabId>('scores');
  const { lang } = state;
  const t = strings(lang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Button
          appearance="subtle"
          icon={<LocalLanguage20Regular />}
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={() => controller.setLang(other)}
        >
          {t.switchLanguage}
        </Button>
      </div>
      <Actions state={state} controller={controller} />
      <States state={state} />
      <LiveStatus state={state} />
      <Notice state={state} controller={controller} />
      {state.status === 'ready' && <Unavailable lang={lang} capabilities={state.capabilities} />}
      {state.status === 'starting' ? (
        <Spinner label={t.loading} />
      ) : (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label={t.tabListLabel}
          >
            {TABS.map((id) => (
              <Tab key={id} id={`thidua-tab-${id}`} value={id} aria-controls={id === tab ? `thidua-panel-${id}` : undefined}>
                {t.tabs[id]}
                {/* Errors and warnings; notes are listed on the tab, not counted as "lỗi". */}
                {id === 'issues' && state.report
                  ? ` (${formatCount(lang, state.report.summary.errors + state.report.summary.warnings)})`
                  : ''}
              </Tab>
            ))}
          </TabList>
          <div
            role="tabpanel"
            id={`thidua-panel-${tab}`}
            aria-labelledby={`thidua-tab-${tab}`}
            className={mergeClasses(styles.panel, tab === 'issues' && styles.listPanel)}
            tabIndex={tab === 'issues' ? undefined : 0}
          >
            {tab === 'scores' && (
              <ScoresTab
                lang={lang}
                report={state.report}
                savedRules={state.rules}
                canSaveRules={state.capabilities.settings && state.busy === null}
                onSaveRules={(rules) => controller.saveRules(rules)}
              />
            )}
            {tab === 'issues' && (
              <IssuesTab lang={lang} issues={state.report?.issues ?? []} onSelect={(issue) => controller.selectIssue(issue)} />
            )}
            {tab === 'plan' && <PlanTab state={state} controller={controller} />}
          </div>
        </>
      )}
    </main>
  );
}
