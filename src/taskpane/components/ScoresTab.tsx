// Điểm: totals per criteria sheet → section → group, ranked when there are several sheets.
// Laid out for a ~350 px pane: the number columns shrink to their content and the
// names take the rest, wrapping between words.
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
  heading: { display: 'block', marginBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  table: { tableLayout: 'auto' },
  // Every cell reads from its first line, so a long name does not float its numbers.
  cell: { verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS },
  // The first column starts flush with the heading above the table.
  first: { paddingInlineStart: 0 },
  number: {
    textAlign: 'end',
    whiteSpace: 'nowrap',
    width: '1%',
    paddingInline: tokens.spacingHorizontalXS,
    fontVariantNumeric: 'tabular-nums',
  },
  // Headers sit on the row's last line: a number header may wrap ("Thẩm / định") rather than widen its column.
  header: { verticalAlign: 'bottom' },
  numberHeader: { width: '1%', paddingInline: tokens.spacingHorizontalXS, verticalAlign: 'bottom' },
  numberHeaderText: { justifyContent: 'flex-end', textAlign: 'end', whiteSpace: 'normal' },
  name: { overflowWrap: 'break-word' },
  section: { fontWeight: tokens.fontWeightSemibold },
  group: { paddingInlineStart: tokens.spacingHorizontalL },
  total: { fontWeight: tokens.fontWeightBold },
  // Under the number, so a disagreement never squeezes the name column.
  declared: { display: 'flex', width: 'fit-content', marginInlineStart: 'auto', marginBlockStart: tokens.spacingVerticalXXS },
  // A total above its cap reads as the error it is.
  overCap: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});

const differs = (declared: number | null, computed: number) => declared !== null && Math.abs(declared - computed) > 1e-9;

/** A computed number, with the number the table declares beside it when they disagree ("Ghi: 298/300" out of its cap). */
function Points({
  lang,
  value,
  declared = null,
  of = null,
}: {
  lang: Lang;
  value: number | null;
  declared?: number | null;
  of?: number | null;
}) {
  const styles = useStyles();
  const t = strings(lang).scores;
  const said = `${formatNumber(lang, declared)}${of === null ? '' : `/${formatNumber(lang, of)}`}`;
  return (
    <>
      {formatNumber(lang, value)}
      {value !== null && differs(declared, value) && (
        <Badge
          className={styles.declared}
          size="small"
          appearance="tint"
          color="warning"
          title={t.declaredLong(said, formatNumber(lang, value))}
        >
          {t.declared(said)}
        </Badge>
      )}
    </>
  );
}

interface Figures {
  cap: number;
  self: number;
  appraised: number | null;
  declaredCap?: number | null;
  declaredSelf?: number | null;
}

/** Cap, self and appraised totals and the share of the cap, as the four number cells of a row. */
function FigureCells({ lang, figures }: { lang: Lang; figures: Figures }) {
  const styles = useStyles();
  const className = mergeClasses(styles.cell, styles.number);
  const share = shareOfCap(figures.self, figures.cap);
  const t = strings(lang).scores;
  const over = (v: number | null) => v !== null && v > figures.cap + 1e-9;
  const scoreCell = (v: number | null) => (over(v) ? mergeClasses(className, styles.overCap) : className);
  return (
    <>
      <TableCell className={className}>
        <Points lang={lang} value={figures.cap} declared={figures.declaredCap} />
      </TableCell>
      <TableCell className={scoreCell(figures.self)} title={over(figures.self) ? t.overCap : undefined}>
        <Points lang={lang} value={figures.self} declared={figures.declaredSelf} of={figures.declaredCap ?? figures.cap} />
      </TableCell>
      <TableCell className={scoreCell(figures.appraised)} title={over(figures.appraised) ? t.overCap : undefined}>
        <Points lang={lang} value={figures.appraised} />
      </TableCell>
      <TableCell className={className}>{share === null ? '–' : `${formatNumber(lang, Math.round(share * 10) / 10)}%`}</TableCell>
    </>
  );
}

function NumberHeaders({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  return (
    <>
      {[t.cap, t.self, t.appraised, t.share].map((label) => (
        <TableHeaderCell key={label} className={styles.numberHeader} button={{ className: styles.numberHeaderText }}>
          {label}
        </TableHeaderCell>
      ))}
    </>
  );
}

function SectionRows({ lang, section }: { lang: Lang; section: Section }) {
  const styles = useStyles();
  const title = [section.label, section.title].filter(Boolean).join('. ');
  const name = mergeClasses(styles.cell, styles.first, styles.name);
  return (
    <>
      <TableRow className={styles.section}>
        <TableCell className={name}>{title}</TableCell>
        <FigureCells
          lang={lang}
          figures={{
            cap: section.capTotal,
            self: section.selfTotal,
            appraised: section.appraisedTotal,
            declaredCap: section.cap,
            declaredSelf: section.declaredSelf,
          }}
        />
      </TableRow>
      {section.groups.map((group, i) => (
        <TableRow key={i}>
          <TableCell className={mergeClasses(name, styles.group)}>{group.title}</TableCell>
          <FigureCells
            lang={lang}
            figures={{ cap: group.capTotal, self: group.selfTotal, appraised: group.appraisedTotal, declaredCap: group.cap }}
          />
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
      <Table size="extra-small" className={styles.table} aria-label={t.tableLabel(totals.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.header, styles.first)}>{t.name}</TableHeaderCell>
            <NumberHeaders lang={lang} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.table.sections.map((section, i) => (
            <SectionRows key={i} lang={lang} section={section} />
          ))}
          <TableRow className={styles.total}>
            <TableCell className={mergeClasses(styles.cell, styles.first)}>{t.total}</TableCell>
            <FigureCells
              lang={lang}
              figures={{ cap: totals.capTotal, self: totals.selfTotal, appraised: totals.appraisedTotal }}
            />
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
      <Table size="extra-small" className={styles.table} aria-labelledby="thidua-ranking">
        <TableHeader>
          <TableRow>
            <TableHeaderCell
              className={mergeClasses(styles.numberHeader, styles.first)}
              button={{ className: styles.numberHeaderText }}
            >
              {t.rank}
            </TableHeaderCell>
            <TableHeaderCell className={styles.header}>{t.sheet}</TableHeaderCell>
            <NumberHeaders lang={lang} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranked.map((s, i) => (
            <TableRow key={i}>
              <TableCell className={mergeClasses(styles.cell, styles.number, styles.first)}>{i + 1}</TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.name)}>{s.sheet}</TableCell>
              <FigureCells lang={lang} figures={{ cap: s.capTotal, self: s.selfTotal, appraised: s.appraisedTotal }} />
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
