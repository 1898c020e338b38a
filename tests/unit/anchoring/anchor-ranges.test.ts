import { describe, expect, it } from 'vitest';
import {
  segmentParagraphs,
  segmentText,
  splitParagraphs,
  type AnchoredRange,
  type TextSegment,
} from '../../../src/lib/anchoring/anchor-ranges';

const DIGITS = '0123456789';

/** Segments as compact tuples: [start, end, ids, firstIds, lastIds]. */
function compact(segments: TextSegment[]): Array<[number, number, string[], string[], string[]]> {
  return segments.map((s) => [s.start, s.end, s.ids, s.firstIds, s.lastIds]);
}

describe('segmentText', () => {
  it('returns the whole text as one plain segment when there are no ranges', () => {
    expect(segmentText(DIGITS, [])).toEqual([{ start: 0, end: 10, text: DIGITS, ids: [], firstIds: [], lastIds: [] }]);
  });

  it('returns no segments for an empty text', () => {
    expect(segmentText('', [])).toEqual([]);
  });

  it('cuts disjoint ranges out of plain text', () => {
    const segments = segmentText(DIGITS, [
      { id: 'b', start: 6, end: 8 },
      { id: 'a', start: 1, end: 3 },
    ]);
    expect(compact(segments)).toEqual([
      [0, 1, [], [], []],
      [1, 3, ['a'], ['a'], ['a']],
      [3, 6, [], [], []],
      [6, 8, ['b'], ['b'], ['b']],
      [8, 10, [], [], []],
    ]);
    expect(segments.map((s) => s.text)).toEqual(['0', '12', '345', '67', '89']);
  });

  it('splits overlapping ranges into three pieces and marks where each begins and ends', () => {
    const segments = segmentText(DIGITS, [
      { id: 'a', start: 2, end: 6 },
      { id: 'b', start: 4, end: 8 },
    ]);
    expect(compact(segments)).toEqual([
      [0, 2, [], [], []],
      [2, 4, ['a'], ['a'], []],
      [4, 6, ['a', 'b'], ['b'], ['a']],
      [6, 8, ['b'], [], ['b']],
      [8, 10, [], [], []],
    ]);
  });

  it('lists a nested range after the range that contains it, whatever the input order', () => {
    const segments = segmentText(DIGITS, [
      { id: 'inner', start: 3, end: 5 },
      { id: 'outer', start: 1, end: 9 },
    ]);
    expect(compact(segments)).toEqual([
      [0, 1, [], [], []],
      [1, 3, ['outer'], ['outer'], []],
      [3, 5, ['outer', 'inner'], ['inner'], ['inner']],
      [5, 9, ['outer'], [], ['outer']],
      [9, 10, [], [], []],
    ]);
  });

  it('puts the longer of two ranges with the same start first', () => {
    const segments = segmentText(DIGITS, [
      { id: 'short', start: 0, end: 2 },
      { id: 'long', start: 0, end: 5 },
    ]);
    expect(compact(segments)).toEqual([
      [0, 2, ['long', 'short'], ['long', 'short'], ['short']],
      [2, 5, ['long'], [], ['long']],
      [5, 10, [], [], []],
    ]);
  });

  it('keeps the input order for identical ranges', () => {
    const segments = segmentText(DIGITS, [
      { id: 'second-claim', start: 2, end: 4 },
      { id: 'first-claim', start: 2, end: 4 },
    ]);
    expect(segments[1]).toMatchObject({ start: 2, end: 4, ids: ['second-claim', 'first-claim'] });
  });

  it('keeps adjacent ranges in separate segments', () => {
    const segments = segmentText(DIGITS, [
      { id: 'a', start: 0, end: 3 },
      { id: 'b', start: 3, end: 10 },
    ]);
    expect(compact(segments)).toEqual([
      [0, 3, ['a'], ['a'], ['a']],
      [3, 10, ['b'], ['b'], ['b']],
    ]);
  });

  it('keeps the same relative order of two ranges in every segment they share', () => {
    const ranges: AnchoredRange[] = [
      { id: 'c', start: 4, end: 6 },
      { id: 'b', start: 3, end: 9 },
      { id: 'a', start: 0, end: 7 },
    ];
    const segments = segmentText(DIGITS, ranges);
    expect(segments.map((s) => s.ids)).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b'], ['b'], []]);
  });

  it('covers the text exactly: the segments joined give the text back', () => {
    const text = 'Xiaomi aims to be the world\u2019s top smartphone maker with 140 million units sold overseas.';
    const ranges: AnchoredRange[] = [
      { id: 'goal', start: 0, end: 50 },
      { id: 'units', start: 56, end: 73 },
      { id: 'overseas', start: 28, end: 88 },
    ];
    expect(segmentText(text, ranges).map((s) => s.text).join('')).toBe(text);
  });

  it('rejects two ranges with the same id', () => {
    expect(() =>
      segmentText(DIGITS, [
        { id: 'a', start: 0, end: 2 },
        { id: 'a', start: 3, end: 4 },
      ]),
    ).toThrow(/"a" is used twice/);
  });

  it('rejects empty, reversed, fractional and out-of-bounds ranges', () => {
    expect(() => segmentText(DIGITS, [{ id: 'a', start: 2, end: 2 }])).toThrow(RangeError);
    expect(() => segmentText(DIGITS, [{ id: 'a', start: 3, end: 2 }])).toThrow(RangeError);
    expect(() => segmentText(DIGITS, [{ id: 'a', start: 0.5, end: 2 }])).toThrow(RangeError);
    expect(() => segmentText(DIGITS, [{ id: 'a', start: -1, end: 2 }])).toThrow(RangeError);
    expect(() => segmentText(DIGITS, [{ id: 'a', start: 5, end: 11 }])).toThrow(/"a" \[5, 11\) is not a non-empty range within 0..10/);
  });

  it('rejects a missing or empty id, ranges that are not an array and a text that is not a string', () => {
    expect(() => segmentText(DIGITS, [{ id: '', start: 0, end: 2 }])).toThrow(TypeError);
    expect(() => segmentText(DIGITS, [{ start: 0, end: 2 } as unknown as AnchoredRange])).toThrow(TypeError);
    expect(() => segmentText(DIGITS, 'a' as unknown as AnchoredRange[])).toThrow(TypeError);
    expect(() => segmentText(7 as unknown as string, [])).toThrow(TypeError);
  });
});

describe('splitParagraphs', () => {
  const title = 'The target is the world\u2019s first, overseas sales of 140 million units?';
  const body = 'Click attention, wonderful every day!Xiaomi aims to be the world\u2019s top smartphone maker.';

  const texts = (text: string): string[] => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

  it('splits at blank lines, like the article: a title and one long paragraph', () => {
    const text = `${title}\n\n${body}`;
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: title.length },
      { start: title.length + 2, end: text.length },
    ]);
  });

  it('keeps single line breaks inside a paragraph when the text has blank lines', () => {
    expect(texts('line one\nline two\n\nline three')).toEqual(['line one\nline two', 'line three']);
  });

  it('treats several blank lines and lines of only spaces as one break, and trims each paragraph', () => {
    expect(texts(`  ${title}  \n \n\t\n\u00A0\n   ${body}\n`)).toEqual([title, body]);
  });

  it('makes each line a paragraph when the text has no blank line', () => {
    expect(texts(`${title}\n${body}\nThird line`)).toEqual([title, body, 'Third line']);
  });

  it('does not count blank lines before the first or after the last line of text', () => {
    expect(texts(`\n\n${title}\n${body}\n\n\n`)).toEqual([title, body]);
  });

  it('returns one paragraph for a single block without line breaks', () => {
    expect(splitParagraphs(`  ${body}  `)).toEqual([{ start: 2, end: 2 + body.length }]);
  });

  it('understands Windows (CRLF) and old Mac (CR) line breaks', () => {
    expect(texts('one\r\n\r\ntwo\r\nstill two')).toEqual(['one', 'two\r\nstill two']);
    expect(texts('one\rtwo')).toEqual(['one', 'two']);
  });

  it('returns no paragraphs for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t')).toEqual([]);
  });

  it('rejects a text that is not a string', () => {
    expect(() => splitParagraphs(undefined as unknown as string)).toThrow(TypeError);
  });
});

describe('segmentParagraphs', () => {
  // "aaa bbb" is paragraph one (0-7), "ccc ddd" is paragraph two (9-16).
  const text = 'aaa bbb\n\nccc ddd';

  it('splits a range that crosses a paragraph break, marking its first and last segment', () => {
    const paragraphs = segmentParagraphs(text, [{ id: 'x', start: 4, end: 12 }]);
    expect(paragraphs.map((p) => p.text)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(paragraphs.map((p) => compact(p.segments))).toEqual([
      [
        [0, 4, [], [], []],
        [4, 7, ['x'], ['x'], []],
      ],
      [
        [9, 12, ['x'], [], ['x']],
        [12, 16, [], [], []],
      ],
    ]);
  });

  it('leaves the whitespace between paragraphs out of every segment', () => {
    const paragraphs = segmentParagraphs(text, []);
    expect(paragraphs.flatMap((p) => p.segments.map((s) => s.text))).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('marks as first the first rendered segment of a range that starts in the gap between paragraphs', () => {
    const paragraphs = segmentParagraphs(text, [{ id: 'x', start: 7, end: 12 }]);
    expect(paragraphs[1]?.segments[0]).toMatchObject({ start: 9, end: 12, ids: ['x'], firstIds: ['x'], lastIds: ['x'] });
  });

  it('handles nested ranges inside a paragraph', () => {
    const paragraphs = segmentParagraphs(text, [
      { id: 'outer', start: 9, end: 16 },
      { id: 'inner', start: 13, end: 16 },
    ]);
    expect(compact(paragraphs[1]?.segments ?? [])).toEqual([
      [9, 13, ['outer'], ['outer'], []],
      [13, 16, ['outer', 'inner'], ['inner'], ['outer', 'inner']],
    ]);
  });

  it('rejects the same bad ranges as segmentText', () => {
    expect(() => segmentParagraphs(text, [{ id: 'x', start: 0, end: 99 }])).toThrow(RangeError);
  });
});
