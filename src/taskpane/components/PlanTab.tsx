// Kế hoạch: pick a month and year, preview that month's tasks, insert the
// monthly plan sheet (or all twelve), and edit the issuing unit's settings.
import { useEffect, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CalendarAdd20Regular, CalendarLtr20Regular, Save20Regular } from '@fluentui/react-icons';
import type { Lang, PlanSettings, PlanTask } from '../../engine/types';
import type { PaneController, PaneState } from '../controller';
import { strings } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  year: { width: '7em' },
  heading: { display: 'block', marginBlock: tokens.spacingVerticalM },
  tasks: { listStyleType: 'none', margin: 0, padding: 0 },
  task: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  order: { minWidth: '2em', fontWeight: tokens.fontWeightSemibold },
  text: { whiteSpace: 'pre-line', wordBreak: 'break-word' },
  note: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-line' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBlock: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
type TextSetting = Exclude<keyof PlanSettings, 'orientation'>;
const SETTING_FIELDS: TextSetting[] = ['superior', 'unit', 'abbreviation', 'place', 'signerTitle', 'signerName', 'recipients'];
/** Printed on several lines ("TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH"; one recipient a line): a one-line input would drop the breaks. */
const MULTILINE: TextSetting[] = ['signerTitle', 'recipients'];
const ORIENTATIONS: PlanSettings['orientation'][] = ['landscape', 'portrait'];

function TaskPreview({ lang, tasks }: { lang: Lang; tasks: PlanTask[] }) {
  const styles = useStyles();
  const t = strings(lang).plan;
  return (
    <ol className={styles.tasks}>
      {tasks.map((task, i) => (
        <li key={i} className={styles.task}>
          <span className={styles.order}>{task.order}</span>
          <div>
            <div className={styles.text}>{task.text}</div>
            {task.note && <div className={styles.note}>{`${t.note}: ${task.note}`}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}

function SettingsForm({
  lang,
  settings,
  disabled,
  onSave,
}: {
  lang: Lang;
  settings: PlanSettings;
  disabled: boolean;
  onSave: (s: PlanSettings) => void;
}) {
  const styles = useStyles();
  const t = strings(lang);
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draft);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="thidua-settings">
      <Subtitle2 as="h2" id="thidua-settings" className={styles.heading}>
        {t.plan.settings}
      </Subtitle2>
      {SETTING_FIELDS.map((key) => (
        <Field key={key} label={t.plan[key]} hint={t.plan.hints[key]}>
          {MULTILINE.includes(key) || draft[key].includes('\n') ? (
            <Textarea value={draft[key]} resize="vertical" onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
          ) : (
            <Input value={draft[key]} onChange={(_, d) => setDraft({ ...draft, [key]: d.value })} />
          )}
        </Field>
      ))}
      <Field label={t.plan.orientation}>
        <RadioGroup
          layout="horizontal"
          value={draft.orientation}
          onChange={(_, d) => setDraft({ ...draft, orientation: d.value as PlanSettings['orientation'] })}
        >
          {ORIENTATIONS.map((o) => (
            <Radio key={o} value={o} label={t.plan.orientations[o]} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button type="submit" icon={<Save20Regular />} disabled={disabled}>
          {t.actions.saveSettings}
        </Button>
      </div>
    </form>
  );
}

export function PlanTab({ state, controller }: { state: PaneState; controller: PaneController }) {
  const styles = useStyles();
  const { lang, month, year, busy, capabilities, report } = state;
  const t = strings(lang);
  const tasks = controller.previewTasks();
  const hasPlan = (report?.planSheets.length ?? 0) > 0;
  const [yearText, setYearText] = useState(String(year));
  useEffect(() => setYearText(String(year)), [year]);

  return (
    <>
      <div className={styles.row}>
        <Field label={t.plan.month}>
          <Select value={String(month)} onChange={(_, d) => controller.setMonth(Number(d.value))}>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t.plan.monthName(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.plan.year} className={styles.year}>
          <Input
            type="number"
            min={1900}
            max={9999}
            value={yearText}
            onChange={(_, d) => {
              setYearText(d.value);
              controller.setYear(Number(d.value));
            }}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CalendarAdd20Regular />}
          disabled={busy !== null}
          onClick={() => controller.insertPlan()}
        >
          {t.actions.insertPlan}
        </Button>
        <Button icon={<CalendarLtr20Regular />} disabled={busy !== null} onClick={() => controller.insertYear()}>
          {t.actions.insertYear}
        </Button>
      </div>
      <section aria-labelledby="thidua-preview">
        <Subtitle2 as="h2" id="thidua-preview" className={styles.heading}>
          {t.plan.preview(month, year)}
        </Subtitle2>
        {!hasPlan ? (
          <Body1 as="p">{t.plan.noPlan}</Body1>
        ) : tasks.length === 0 ? (
          <Body1 as="p">{t.plan.noTasks}</Body1>
        ) : (
          <TaskPreview lang={lang} tasks={tasks} />
        )}
      </section>
      <SettingsForm
        lang={lang}
        settings={state.settings}
        disabled={busy !== null || !capabilities.settings}
        onSave={(s) => controller.saveSettings(s)}
      />
    </>
  );
}
