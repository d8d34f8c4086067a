// Điểm: per criteria table, its sections and groups (bonus points, deductions) and its
// result (base + bonus − penalty, share of the maximum, classification, rank); the
// ranking when there are several tables; the classification rules in force and the
// Xếp loại dialog. Laid out for a ~350 px pane: the number columns shrink to their
// content and the names take the rest, wrapping between words.
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
import type { ClassificationRules, CriteriaSheet, Lang, Report, ScoreKind, Section } from '../../engine/types';
import type { Ranked } from '../../engine/scoring/ranking';
import { formatNumber, strings } from '../i18n';
import { rankedTables, shareOfCap } from '../selectors';
import { ResultBlock } from './ResultBlock';
import { RulesBar } from './RulesDialog';
import { tableStyles } from './table-styles';

const useStyles = makeStyles({
  sheet: { marginBlockEnd: tokens.spacingVerticalL },
  heading: { display: 'block', marginBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  ...tableStyles,
  // Headers sit on the row's last line: a number header may wrap ("Thẩm / định") rather than widen its column.
  header: { verticalAlign: 'bottom' },
  numberHeader: { width: '1%', paddingInline: tokens.spacingHorizontalXS, verticalAlign: 'bottom' },
  numberHeaderText: { justifyContent: 'flex-end', textAlign: 'end', whiteSpace: 'normal' },
  name: { overflowWrap: 'break-word' },
  section: { fontWeight: tokens.fontWeightSemibold },
  group: { paddingInlineStart: tokens.spacingHorizontalL },
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
  kind: ScoreKind;
  cap: number;
  self: number;
  appraised: number | null;
  declaredCap?: number | null;
  declaredSelf?: number | null;
}

/** Cap, self and appraised totals and the share of the cap, as the four number cells of a row; deductions shown as such. */
function FigureCells({ lang, figures }: { lang: Lang; figures: Figures }) {
  const styles = useStyles();
  const className = mergeClasses(styles.cell, styles.number);
  const share = shareOfCap(figures.self, figures.cap);
  const sign = (n: number | null) => (figures.kind === 'penalty' && n ? -n : n);
  // A bonus or penalty scope declares a ceiling, not the sum of its caps: no badge for it.
  const declaredCap = figures.kind === 'base' ? figures.declaredCap : null;
  const t = strings(lang).scores;
  const over = (v: number | null) => v !== null && v > figures.cap + 1e-9;
  const scoreCell = (v: number | null) => (over(v) ? mergeClasses(className, styles.overCap) : className);
  return (
    <>
      <TableCell className={className}>
        <Points lang={lang} value={figures.cap} declared={declaredCap} />
      </TableCell>
      <TableCell className={scoreCell(figures.self)} title={over(figures.self) ? t.overCap : undefined}>
        <Points
          lang={lang}
          value={sign(figures.self)}
          declared={sign(figures.declaredSelf ?? null)}
          of={declaredCap ?? figures.cap}
        />
      </TableCell>
      <TableCell className={scoreCell(figures.appraised)} title={over(figures.appraised) ? t.overCap : undefined}>
        <Points lang={lang} value={sign(figures.appraised)} />
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
            kind: section.kind,
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
            figures={{
              kind: group.kind,
              cap: group.capTotal,
              self: group.selfTotal,
              appraised: group.appraisedTotal,
              declaredCap: group.cap,
            }}
          />
        </TableRow>
      ))}
    </>
  );
}

interface TableProps {
  lang: Lang;
  table: CriteriaSheet;
  headingId: string;
  rank: { rank: number; of: number } | null;
}

function SheetTable({ lang, table, headingId, rank }: TableProps) {
  const styles = useStyles();
  const t = strings(lang).scores;
  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {table.sheet}
      </Subtitle2>
      <Table size="extra-small" className={styles.table} aria-label={t.tableLabel(table.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.header, styles.first)}>{t.name}</TableHeaderCell>
            <NumberHeaders lang={lang} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.sections.map((section, i) => (
            <SectionRows key={i} lang={lang} section={section} />
          ))}
        </TableBody>
      </Table>
      <ResultBlock lang={lang} table={table} rank={rank} />
    </section>
  );
}

/** Several tables (one per member union) compared by their final scores. */
function Ranking({ lang, ranking }: { lang: Lang; ranking: Ranked<CriteriaSheet> }) {
  const styles = useStyles();
  const t = strings(lang).scores;
  const className = mergeClasses(styles.cell, styles.number);
  const headers = [t.final, t.result.percent];
  return (
    <section className={styles.sheet} aria-labelledby="thidua-ranking">
      <Subtitle2 as="h2" id="thidua-ranking" className={styles.heading}>
        {t.ranking[ranking.by]}
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
            {headers.map((label) => (
              <TableHeaderCell key={label} className={styles.numberHeader} button={{ className: styles.numberHeaderText }}>
                {label}
              </TableHeaderCell>
            ))}
            <TableHeaderCell className={styles.header}>{t.classification}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranking.ranked.map(({ item, rank, final }, i) => {
            const side = ranking.by === 'appraised' ? item.result.appraised : item.result.self;
            const band = item.result.classification?.[ranking.by] ?? null;
            return (
              <TableRow key={i}>
                <TableCell className={mergeClasses(className, styles.first)}>{rank}</TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.name)}>{item.sheet}</TableCell>
                <TableCell className={className}>{formatNumber(lang, final)}</TableCell>
                <TableCell className={className}>
                  {side?.percent == null ? '–' : `${formatNumber(lang, side.percent)}%`}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.name)}>{band ?? '–'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

export interface ScoresTabProps {
  lang: Lang;
  report: Report | null;
  /** The rules saved in the workbook, which the Xếp loại dialog edits. */
  savedRules: ClassificationRules | null;
  /** Settings can be kept in this workbook and no action is running. */
  canSaveRules: boolean;
  onSaveRules: (rules: ClassificationRules) => void;
}

export function ScoresTab({ lang, report, savedRules, canSaveRules, onSaveRules }: ScoresTabProps) {
  const ranking = useMemo(() => rankedTables(report), [report]);
  if (ranking.ranked.length === 0) return <Body1>{strings(lang).scores.noSheets}</Body1>;
  const several = ranking.ranked.length > 1;
  return (
    <>
      <RulesBar lang={lang} inForce={report?.rules ?? null} saved={savedRules} canSave={canSaveRules} onSave={onSaveRules} />
      {several && <Ranking lang={lang} ranking={ranking} />}
      {ranking.ranked.map(({ item, rank }, i) => (
        <SheetTable
          key={i}
          lang={lang}
          table={item}
          headingId={`thidua-sheet-${i}`}
          rank={several ? { rank, of: ranking.ranked.length } : null}
        />
      ))}
    </>
  );
}
