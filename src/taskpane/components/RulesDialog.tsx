// The classification rules in force and where they came from, and the Xếp loại dialog
// to enter or edit the bands kept in the workbook's settings (used when the workbook has
// no rules table of its own). No band is offered ready-made: each bloc sets its own.
import { useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Ribbon20Regular } from '@fluentui/react-icons';
import { rulesReason } from '../../engine/messages';
import { parseRules } from '../../engine/scoring/rules';
import { numericValue, readNumber } from '../../engine/text/normalize';
import type { ClassificationRules, Lang, RulesInForce } from '../../engine/types';
import { formatNumber, strings } from '../i18n';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    marginBlockEnd: tokens.spacingVerticalM,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  band: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  label: { flexGrow: 1 },
  min: { width: '6em' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Draft {
  basis: ClassificationRules['basis'];
  bands: { label: string; min: string }[];
}

function draftOf(rules: ClassificationRules | null, lang: Lang): Draft {
  const bands = (rules?.bands ?? []).map((b) => ({ label: b.label, min: formatNumber(lang, b.min) }));
  return { basis: rules?.basis ?? 'points', bands: bands.length ? bands : [{ label: '', min: '' }] };
}

/** The draft as rules, read as the engine reads a rules file ("4,5" is a number; an empty row is no band). */
function readDraft(draft: Draft) {
  const bands = draft.bands
    .filter((b) => b.label.trim() !== '' || b.min.trim() !== '')
    .map((b) => ({ label: b.label, min: numericValue(readNumber(b.min)) ?? b.min }));
  return parseRules({ basis: draft.basis, bands });
}

function RulesDialog({
  lang,
  inForce,
  saved,
  canSave,
  onSave,
}: {
  lang: Lang;
  inForce: RulesInForce | null;
  saved: ClassificationRules | null;
  canSave: boolean;
  onSave: (rules: ClassificationRules) => void;
}) {
  const styles = useStyles();
  const t = strings(lang).scores.rules;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved ?? inForce, lang));
  const [problem, setProblem] = useState<string | null>(null);
  const openDialog = (next: boolean) => {
    if (next) {
      setDraft(draftOf(saved ?? inForce, lang));
      setProblem(null);
    }
    setOpen(next);
  };
  const setBand = (i: number, patch: Partial<Draft['bands'][number]>) =>
    setDraft({ ...draft, bands: draft.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const reading = readDraft(draft);
    if (reading.problem)
      return setProblem(rulesReason({ reason: reading.problem.reason, value: reading.problem.value ?? null }, lang));
    onSave(reading.rules);
    setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => openDialog(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<Ribbon20Regular />}>{t.open}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="thidua-rules-intro">
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t.title}</DialogTitle>
            <DialogContent className={styles.form}>
              <Body1 id="thidua-rules-intro">{t.intro}</Body1>
              {inForce?.source === 'workbook' && <Text italic>{t.workbookFirst(inForce.where)}</Text>}
              {!canSave && <Text italic>{t.noSettings}</Text>}
              <Field label={t.basis}>
                <RadioGroup
                  layout="horizontal"
                  value={draft.basis}
                  onChange={(_, d) => setDraft({ ...draft, basis: d.value as Draft['basis'] })}
                >
                  <Radio value="points" label={t.points} />
                  <Radio value="percent" label={t.percent} />
                </RadioGroup>
              </Field>
              {draft.bands.map((band, i) => (
                <div key={i} className={styles.band} role="group" aria-label={t.band(i + 1)}>
                  <Field label={t.label} className={styles.label}>
                    <Input value={band.label} onChange={(_, d) => setBand(i, { label: d.value })} />
                  </Field>
                  <Field label={draft.basis === 'percent' ? `${t.min} (%)` : t.min} className={styles.min}>
                    <Input inputMode="decimal" value={band.min} onChange={(_, d) => setBand(i, { min: d.value })} />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<Delete20Regular />}
                    aria-label={t.remove(i + 1)}
                    disabled={draft.bands.length === 1}
                    onClick={() => setDraft({ ...draft, bands: draft.bands.filter((_, j) => j !== i) })}
                  />
                </div>
              ))}
              <div>
                <Button
                  appearance="subtle"
                  icon={<Add20Regular />}
                  onClick={() => setDraft({ ...draft, bands: [...draft.bands, { label: '', min: '' }] })}
                >
                  {t.add}
                </Button>
              </div>
              {problem && (
                <Text role="alert" className={styles.error}>
                  {problem}
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!canSave}>
                {strings(lang).actions.saveRules}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t.cancel}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** Where the rules in force come from, and the button that opens the dialog. */
export function RulesBar(props: {
  lang: Lang;
  inForce: RulesInForce | null;
  saved: ClassificationRules | null;
  canSave: boolean;
  onSave: (rules: ClassificationRules) => void;
}) {
  const styles = useStyles();
  const t = strings(props.lang).scores.rules;
  const { inForce } = props;
  return (
    <div className={styles.bar}>
      <Body1>{inForce ? t.inForce[inForce.source](inForce.where) : t.none}</Body1>
      <RulesDialog {...props} />
    </div>
  );
}
