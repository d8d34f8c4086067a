import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { jsonBlocks } from '../../src/cli/json-lines';
import { SEED_EXPECTED } from '../support/xlsx';

/** Tiny blocks, so values are cut between lines everywhere. */
const lines = (v: unknown) => [...jsonBlocks(v, 8)].join('\n');

describe('jsonBlocks', () => {
  it('prints what JSON.stringify(value, null, 2) prints, line by line', () => {
    const odd = { a: undefined, b: [undefined, () => 1, NaN, -0, 'é"\n'], c: {}, d: [], e: { f: [{ g: null }] }, h: true };
    expect(lines(odd)).toBe(JSON.stringify(odd, null, 2));
    const report = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8'));
    expect(lines(report)).toBe(JSON.stringify(report, null, 2));
  });

  it('agrees with JSON.stringify on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expect(lines(v)).toBe(JSON.stringify(v, null, 2))));
  });
});
