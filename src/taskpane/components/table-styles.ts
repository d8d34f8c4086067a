// The look the pane's number tables share (scores, results, ranking): laid out for a
// ~350 px pane, the number columns shrink to their content and the names take the rest.
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const tableStyles = {
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
} satisfies Record<string, GriffelStyle>;
