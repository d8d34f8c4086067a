// One criteria table's result: base + bonus − penalty = final, for the self and the
// appraised scores, its share of the maximum, its classification and its rank.
import {
  Badge,
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { CriteriaSheet, Lang, SideResult } from '../../engine/types';
import { formatNumber, strings } from '../i18n';
import { tableStyles } from './table-styles';

const useStyles = makeStyles({
  block: { marginBlockStart: tokens.spacingVerticalS },
  ...tableStyles,
  numberHeader: { width: '1%', paddingInline: tokens.spacingHorizontalXS },
  numberHeaderText: { justifyContent: 'flex-end', textAlign: 'end' },
  final: { fontWeight: tokens.fontWeightBold },
  notes: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBlockStart: tokens.spacingVerticalXS },
});

type Row = { label: string; value: (side: SideResult) => string; final?: boolean };

export function ResultBlock({
  lang,
  table,
  rank,
}: {
  lang: Lang;
  table: CriteriaSheet;
  rank: { rank: number; of: number } | null;
}) {
  const styles = useStyles();
  const t = strings(lang).scores;
  const { result } = table;
  const n = (v: number) => formatNumber(lang, v);
  const rows: Row[] = [
    { label: t.result.base, value: (s) => n(s.base) },
    { label: t.result.bonus, value: (s) => n(s.bonus) },
    { label: t.result.penalty, value: (s) => n(s.penalty) },
    { label: t.result.final, value: (s) => n(s.final), final: true },
    { label: t.result.percent, value: (s) => (s.percent === null ? '–' : `${n(s.percent)}%`) },
  ];
  const number = mergeClasses(styles.cell, styles.number);
  const cells = (row: Row) =>
    [result.self, result.appraised].map((side, i) => (
      <TableCell key={i} className={number}>
        {side === null ? '–' : row.value(side)}
      </TableCell>
    ));
  const band = (b: string | null | undefined) => b ?? '–';
  return (
    <div className={styles.block}>
      <Table size="extra-small" className={styles.table} aria-label={t.result.label(table.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.first}>{t.result.figure}</TableHeaderCell>
            {[t.self, t.appraised].map((label) => (
              <TableHeaderCell key={label} className={styles.numberHeader} button={{ className: styles.numberHeaderText }}>
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label} className={row.final ? styles.final : undefined}>
              <TableCell className={mergeClasses(styles.cell, styles.first)}>{row.label}</TableCell>
              {cells(row)}
            </TableRow>
          ))}
          {result.classification && (
            <TableRow>
              <TableCell className={mergeClasses(styles.cell, styles.first)}>{t.result.classification}</TableCell>
              <TableCell className={number}>{band(result.classification.self)}</TableCell>
              <TableCell className={number}>{band(result.classification.appraised)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <div className={styles.notes}>
        <Caption1>{t.result.max(n(result.max))}</Caption1>
        {rank && (
          <Badge appearance="tint" color="brand">
            {t.result.rank(rank.rank, rank.of)}
          </Badge>
        )}
        {!result.complete && (
          <Badge appearance="tint" color="danger">
            {t.result.incomplete}
          </Badge>
        )}
      </div>
    </div>
  );
}
