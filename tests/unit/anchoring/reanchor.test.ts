import { describe, expect, it } from 'vitest';
import { mapOffset, reanchor, type ReanchorResult } from '../../../src/lib/anchoring/reanchor';

const TITLE = 'The target is the world\u2019s first, overseas sales of 140 million units, Xiaomi dare not use Huawei Hongmeng system?';
const BODY =
  'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units ' +
  'sold overseas.As is known to all, China is a country with a population of more than 1.4 billion.';
const OLD = `${TITLE}\n\n${BODY}`;

function expectOk(result: ReanchorResult): Extract<ReanchorResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the quote to re-anchor, got ${result.reason} (${result.stage}): ${result.message}`);
  return result;
}

function expectFailure(result: ReanchorResult): Extract<ReanchorResult, { ok: false }> {
  if (result.ok) throw new Error(`expected the quote not to re-anchor, got [${result.start}, ${result.end})`);
  return result;
}

describe('reanchor', () => {
  it('follows a quote that moved because text was inserted before it', () => {
    const note = 'Editor\u2019s note: translated by machine.\n\n';
    const quote = { exact: "the world's top smartphone maker" };
    const result = expectOk(reanchor(OLD, `${note}${OLD}`, quote));
    const oldStart = OLD.indexOf('the world\u2019s top');
    expect(result.previous).toEqual({ start: oldStart, end: oldStart + 32 });
    expect(result.start).toBe(oldStart + note.length);
    expect(result.exact).toBe('the world\u2019s top smartphone maker');
  });

  it('keeps the position of a quote when the edit comes after it', () => {
    const result = expectOk(reanchor(OLD, `${OLD} What\u2019s your opinion`, { exact: 'Xiaomi aims' }));
    expect(result.start).toBe(result.previous.start);
  });

  it('reports a quote whose words were changed as not-found in the new text, with the new passage as nearest', () => {
    const edited = OLD.replace('with 140 million units sold overseas', 'with 150 million units sold abroad');
    const result = expectFailure(reanchor(OLD, edited, { exact: 'maker with 140 million units sold overseas' }));
    expect(result.stage).toBe('new');
    expect(result.reason).toBe('not-found');
    expect(result.candidates[0]?.passage).toBe('maker with 150 million units sold abroad');
    expect(result.message).toContain('"maker with 150 million units sold abroad"');
  });

  it('picks the original occurrence of a quote that the edit duplicated, by its position before the edit', () => {
    // The inserted paragraph repeats the quote close to where it used to be; the original moved further down.
    const quote = { exact: 'with 140 million units sold overseas' };
    const caveat = 'the figures in this article are as reported by the company, '.repeat(3);
    const inserted = `Correction (${caveat}): Xiaomi wanted to be the top smartphone maker with 140 million units sold overseas.\n\n`;
    const edited = `${inserted}${OLD}`;
    const oldStart = OLD.indexOf(quote.exact);
    const copyStart = edited.indexOf(quote.exact);
    expect(Math.abs(copyStart - oldStart)).toBeLessThan(Math.abs(oldStart + inserted.length - oldStart));

    const result = expectOk(reanchor(OLD, edited, quote));
    expect(result.start).toBe(oldStart + inserted.length);
    expect(result.occurrences).toBe(2);
    expect(result.resolvedBy).toBe('hint');
  });

  it('uses the caller’s hint to anchor a quote that was already repeated in the old text', () => {
    const old = 'units here, units there';
    const result = expectOk(reanchor(old, `Note. ${old}`, { exact: 'units' }, { start: 12 }));
    expect(result.previous.start).toBe(12);
    expect(result.start).toBe(18);
  });

  it('fails at the old stage when the quote is not in the text before the edit', () => {
    const result = expectFailure(reanchor(OLD, OLD, { exact: 'sold 200 million in Europe' }));
    expect(result.stage).toBe('old');
    expect(result.reason).toBe('not-found');
  });

  it('fails at the old stage for a quote repeated in the old text without a hint', () => {
    const result = expectFailure(reanchor(OLD, OLD, { exact: '140 million units' }));
    expect(result).toMatchObject({ stage: 'old', reason: 'ambiguous', occurrences: 2 });
  });

  it('rejects a new text that is not a string', () => {
    expect(() => reanchor(OLD, null as unknown as string, { exact: 'Xiaomi' })).toThrow(TypeError);
  });
});

describe('mapOffset', () => {
  const old = 'aaa bbb ccc';

  it('keeps offsets before the edit', () => {
    expect(mapOffset(old, 'aaa bbb XX ccc', 4)).toBe(4);
  });

  it('shifts offsets after the edit by the change in length', () => {
    expect(mapOffset(old, 'XXXXX aaa bbb ccc', 8)).toBe(14);
    expect(mapOffset(old, 'bbb ccc', 8)).toBe(4);
  });

  it('sends offsets inside the edited stretch to its start', () => {
    expect(mapOffset(old, 'aaa XYZ ccc', 5)).toBe(4);
  });

  it('leaves offsets alone when the text did not change', () => {
    expect(mapOffset(old, old, 6)).toBe(6);
  });
});
