// Điểm: totals per criteria sheet → section → group, ranked when there are several sheets.
import { useMemo } from 'react';
import {
  Badge,
  Body1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { Lang, Report, Section } from '../../engine/types';
import { formatNumber, strings } from '../i18n';
import { rankedSheets, shareOfCap, type SheetTotals } from '../selectors';

const useStyles = makeStyles({
  sheet: { marginBlockEnd: tokens.spacingVerticalL },
  heading: { display: 'block', marginBlock: tokens.spacingVerticalS },
  number: { textAlign: 'end', whiteSpace: 'nowrap', width: '4.5em' },
  name: { wordBreak: 'break-word', minWidth: '8em' },
  section: { fontWeight: tokens.fontWeightSemibold },
  group: { paddingInlineStart: tokens.spacingHorizontalL },
  total: { fontWeight: tokens.fontWeightBold },
  // Under the number, so a disagreement never squeezes the name column.
  declared: { display: 'flex', width: 'fit-content', marginInlineStart: 'auto', marginBlockStart: tokens.spacingVerticalXXS },
});

const differs = (declared: number | null, computed: number) => declared !== null && Math.abs(declared - computed) > 1e-9;

/** A computed number, with the number the table declares beside it when they disagree. */
function Points({ lang, value, declared = null }: { lang: Lang; value: number | null; declared?: number | null }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  const shown = value === null ? null : formatNumber(lang, value);
  return (
    <>
      {shown ?? '–'}
      {value !== null && differs(declared, value) && (
        <Badge className={styles.declared} appearance="tint" color="warning" title={t.declaredLong(formatNumber(lang, declared))}>
          {t.declared(formatNumber(lang, declared))}
        </Badge>
      )}
    </>
  );
}

function Share({ lang, score, cap }: { lang: Lang; score: number | null; cap: number }) {
  const share = shareOfCap(score, cap);
  return <>{share === null ? '–' : `${formatNumber(lang, Math.round(share * 10) / 10)}%`}</>;
}

function NumberHeaders({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  return (
    <>
      <TableHeaderCell className={styles.number}>{t.cap}</TableHeaderCell>
      <TableHeaderCell className={styles.number}>{t.self}</TableHeaderCell>
      <TableHeaderCell className={styles.number}>{t.appraised}</TableHeaderCell>
      <TableHeaderCell className={styles.number}>{t.share}</TableHeaderCell>
    </>
  );
}

function SectionRows({ lang, section }: { lang: Lang; section: Section }) {
  const styles = useStyles();
  const title = [section.label, section.title].filter(Boolean).join('. ');
  return (
    <>
      <TableRow className={styles.section}>
        <TableCell className={styles.name}>{title}</TableCell>
        <TableCell className={styles.number}>
          <Points lang={lang} value={section.capTotal} declared={section.cap} />
        </TableCell>
        <TableCell className={styles.number}>
          <Points lang={lang} value={section.selfTotal} declared={section.declaredSelf} />
        </TableCell>
        <TableCell className={styles.number}>
          <Points lang={lang} value={section.appraisedTotal} />
        </TableCell>
        <TableCell className={styles.number}>
          <Share lang={lang} score={section.selfTotal} cap={section.capTotal} />
        </TableCell>
      </TableRow>
      {section.groups.map((group, i) => (
        <TableRow key={i}>
          <TableCell className={mergeClasses(styles.name, styles.group)}>{group.title}</TableCell>
          <TableCell className={styles.number}>
            <Points lang={lang} value={group.capTotal} declared={group.cap} />
          </TableCell>
          <TableCell className={styles.number}>
            <Points lang={lang} value={group.selfTotal} />
          </TableCell>
          <TableCell className={styles.number}>
            <Points lang={lang} value={group.appraisedTotal} />
          </TableCell>
          <TableCell className={styles.number}>
            <Share lang={lang} score={group.selfTotal} cap={group.capTotal} />
          </TableCell>
        </TableRow>
      ))}
    </>
  );
}

function SheetTable({ lang, totals, headingId }: { lang: Lang; totals: SheetTotals; headingId: string }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {totals.sheet}
      </Subtitle2>
      <Table size="extra-small" aria-label={t.tableLabel(totals.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.name}</TableHeaderCell>
            <NumberHeaders lang={lang} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.table.sections.map((section, i) => (
            <SectionRows key={i} lang={lang} section={section} />
          ))}
          <TableRow className={styles.total}>
            <TableCell>{t.total}</TableCell>
            <TableCell className={styles.number}>{formatNumber(lang, totals.capTotal)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(lang, totals.selfTotal)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(lang, totals.appraisedTotal)}</TableCell>
            <TableCell className={styles.number}>
              <Share lang={lang} score={totals.selfTotal} cap={totals.capTotal} />
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}

/** Several sheets (one per member union) compared, highest self total first. */
function Ranking({ lang, ranked }: { lang: Lang; ranked: SheetTotals[] }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  return (
    <section className={styles.sheet} aria-labelledby="thidua-ranking">
      <Subtitle2 as="h2" id="thidua-ranking" className={styles.heading}>
        {t.ranking}
      </Subtitle2>
      <Table size="extra-small" aria-labelledby="thidua-ranking">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{t.rank}</TableHeaderCell>
            <TableHeaderCell>{t.sheet}</TableHeaderCell>
            <NumberHeaders lang={lang} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranked.map((s, i) => (
            <TableRow key={i}>
              <TableCell className={styles.number}>{i + 1}</TableCell>
              <TableCell className={styles.name}>{s.sheet}</TableCell>
              <TableCell className={styles.number}>{formatNumber(lang, s.capTotal)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(lang, s.selfTotal)}</TableCell>
              <TableCell className={styles.number}>{formatNumber(lang, s.appraisedTotal)}</TableCell>
              <TableCell className={styles.number}>
                <Share lang={lang} score={s.selfTotal} cap={s.capTotal} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function ScoresTab({ lang, report }: { lang: Lang; report: Report | null }) {
  const ranked = useMemo(() => rankedSheets(report), [report]);
  if (ranked.length === 0) return <Body1>{strings(lang).scores.noSheets}</Body1>;
  return (
    <>
      {ranked.length > 1 && <Ranking lang={lang} ranked={ranked} />}
      {ranked.map((totals, i) => (
        <SheetTable key={i} lang={lang} totals={totals} headingId={`thidua-sheet-${i}`} />
      ))}
    </>
  );
}
