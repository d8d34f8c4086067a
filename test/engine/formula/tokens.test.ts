// The one reader of formula text: what each piece of a formula is read as.
import { formulaTokens, type FormulaToken } from '../../../src/engine/formula/tokens';

/** Each token as kind:what, for short expectations. */
function read(formula: string): string[] {
  const show = (t: FormulaToken): string => {
    switch (t.kind) {
      case 'ref': {
        const { top, left, bottom, right } = t.rect;
        return `ref:${t.sheet === null ? '' : `${t.sheet}!`}${top},${left}-${bottom},${right}${t.single ? '' : ':'}`;
      }
      case 'number':
      case 'string':
        return `${t.kind}:${t.value}`;
      case 'function':
        return `function:${t.name}`;
      default:
        return `${t.kind}:${t.text}`;
    }
  };
  return formulaTokens(formula).map(show);
}

describe('formula tokens', () => {
  it('reads cells, ranges, whole columns and whole rows, with or without $', () => {
    expect(read('=SUM(F:F)+$A$1*B2:C3-5:7')).toEqual([
      'op:=',
      'function:SUM',
      'op:(',
      'ref:1,6-1048576,6:',
      'op:)',
      'op:+',
      'ref:1,1-1,1',
      'op:*',
      'ref:2,2-3,3:',
      'op:-',
      'ref:5,1-7,16384:',
    ]);
  });

  it('reads sheet names: bare, quoted, with a doubled quote, in Vietnamese', () => {
    expect(read("'It''s'!A1+Bảng1!B2+'Tiêu chí 2023'!$C$3+'say \"hi\"'!D4")).toEqual([
      "ref:It's!1,1-1,1",
      'op:+',
      'ref:Bảng1!2,2-2,2',
      'op:+',
      'ref:Tiêu chí 2023!3,3-3,3',
      'op:+',
      'ref:say "hi"!4,4-4,4',
    ]);
  });

  it('does not take function names, names or text for references', () => {
    expect(read('=IF(LOG10(A1)>=0,"B2 ""x""",TRUE)&XFE1')).toEqual([
      'op:=',
      'function:IF',
      'op:(',
      'function:LOG10',
      'op:(',
      'ref:1,1-1,1',
      'op:)',
      'op:>=',
      'number:0',
      'op:,',
      'string:B2 "x"',
      'op:,',
      'name:TRUE',
      'op:)',
      'op:&',
      'name:XFE1',
    ]);
  });

  it('reads numbers and keeps going past what it cannot read', () => {
    expect(read('1.5e3 + .5 {1}')).toEqual(['number:1500', 'op:+', 'number:0.5', 'other:{', 'number:1', 'other:}']);
    expect(read('"open')).toEqual(['other:"open']);
  });

  it('gives each token its place in the text', () => {
    const [, ref] = formulaTokens("='It''s'!B2");
    expect(ref).toMatchObject({ kind: 'ref', start: 1, at: 9, end: 11 });
  });
});
