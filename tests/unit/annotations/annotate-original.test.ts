import { describe, expect, it } from 'vitest';
import { annotateOriginal, claimQuotes, findTermOccurrences, firstTermOccurrences, pageText, shownText } from '../../../src/lib/annotations/annotate-original.ts';

const segmentsOf = (paragraph: { runs: Array<{ segments: Array<{ text: string }> }> }) => paragraph.runs.flatMap((r) => r.segments);

const text = 'Xiaomi, or millet, sold 190 million units.\n\nMillet sold 140 million units overseas. Hsi Kirin chips lost out.';

describe('findTermOccurrences', () => {
  it('finds every occurrence case-insensitively on word boundaries', () => {
    const found = findTermOccurrences(text, [{ id: 'millet', words: ['millet'] }]);
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(['millet', 'Millet']);
  });
  it('prefers the longer word where two would overlap', () => {
    const found = findTermOccurrences(text, [{ id: 'kirin', words: ['Kirin'] }, { id: 'hisilicon', words: ['Hsi Kirin'] }]);
    expect(found.map((r) => [r.id.split(':')[1], text.slice(r.start, r.end)])).toEqual([['hisilicon', 'Hsi Kirin']]);
  });
  it('does not match inside a longer word', () => {
    expect(findTermOccurrences('millets and milletry', [{ id: 'm', words: ['millet'] }])).toEqual([]);
  });
});

describe('annotateOriginal', () => {
  const claims = [
    { slug: 'sales', quote: 'sold 190 million units' },
    { slug: 'overseas', quote: '140 million units overseas' },
    { slug: 'missing', quote: 'not in the text at all' },
  ];
  const result = annotateOriginal(text, claims, [{ id: 'millet', words: ['millet'] }]);
  it('keeps paragraphs and their text intact', () => {
    expect(result.paragraphs.map((p) => segmentsOf(p).map((s) => s.text).join(''))).toEqual([
      'Xiaomi, or millet, sold 190 million units.',
      'Millet sold 140 million units overseas. Hsi Kirin chips lost out.',
    ]);
  });
  it('marks each claim once, with its start and end', () => {
    const segments = result.paragraphs.flatMap((p) => p.runs.flatMap((r) => r.segments));
    const covered = (slug: string) => segments.filter((s) => s.claims.includes(slug)).map((s) => s.text).join('');
    expect(covered('sales')).toBe('sold 190 million units');
    expect(covered('overseas')).toBe('140 million units overseas');
    expect(segments.filter((s) => s.claimStarts.includes('overseas'))).toHaveLength(1);
    expect(segments.filter((s) => s.claimEnds.includes('overseas'))).toHaveLength(1);
  });
  it('marks a glossary term as its own segment, at its first occurrence only', () => {
    // Changed from ['millet', 'Millet']: the page now marks each term once (see firstTermOccurrences).
    const terms = result.paragraphs.flatMap((p) => p.runs.flatMap((r) => r.segments)).filter((s) => s.term === 'millet').map((s) => s.text);
    expect(terms).toEqual(['millet']);
  });
  it('reports quotes it could not place instead of guessing', () => {
    expect(result.unanchored.map((u) => [u.slug, u.failure.reason])).toEqual([['missing', 'not-found']]);
  });
});

describe('anchors', () => {
  it('come in reading order whatever order the claims are given in', () => {
    const result = annotateOriginal(text, [{ slug: 'later', quote: 'chips lost out' }, { slug: 'earlier', quote: 'Xiaomi, or millet' }], []);
    expect(result.anchors.map((a) => a.slug)).toEqual(['earlier', 'later']);
  });
});

describe('claimQuotes', () => {
  it('takes slug, quote, prefix and suffix from each claim', () => {
    expect(claimQuotes([{ slug: 'a', data: { quote: 'q', prefix: 'p', suffix: undefined } }])).toEqual([{ slug: 'a', quote: 'q', prefix: 'p', suffix: undefined }]);
  });
});

describe('the page text', () => {
  it('is the article with its line breaks as \\n and without the blank lines around it', () => {
    expect(pageText('\nOne.\r\n\r\nTwo.\rThree.\n\n')).toBe('One.\n\nTwo.\nThree.');
  });
  it('is exactly what the runs and the whitespace between paragraphs hold, nothing added', () => {
    const body = 'First one. Second, with a claim here. Third.\n\nA new paragraph, claim two. Last!End';
    const annotated = annotateOriginal(body, [{ slug: 'a', quote: 'a claim here' }, { slug: 'b', quote: 'claim two' }], [{ id: 't', words: ['paragraph'] }]);
    expect(shownText(annotated)).toBe(annotated.text);
    expect(annotated.text).toBe(body);
  });
});

describe('runs', () => {
  const body = 'It began. Sales reached 140 million units, a record. Then it fell.As is known, that was all.';
  const annotated = annotateOriginal(body, [{ slug: 'sales', quote: '140 million units' }], []);
  const runs = annotated.paragraphs[0]!.runs.map((r) => ({ text: r.segments.map((s) => s.text).join(''), notes: r.notes }));
  it('cut the paragraph at the sentence start before a passage and after the sentence it ends in', () => {
    expect(runs).toEqual([
      { text: 'It began. ', notes: [] },
      { text: 'Sales reached 140 million units, a record. ', notes: ['sales'] },
      { text: 'Then it fell.As is known, that was all.', notes: [] },
    ]);
  });
  it('are numbered across the article, for the ids and rows of the page', () => {
    expect(annotated.paragraphs[0]!.runs.map((r) => r.number)).toEqual([1, 2, 3]);
  });
  it('never cut inside a passage, even when two passages share or straddle sentences', () => {
    const text = 'One claim starts here. It ends there. Next one.';
    const result = annotateOriginal(text, [{ slug: 'x', quote: 'starts here. It ends' }, { slug: 'y', quote: 'ends there. Next' }], []);
    const pieces = result.paragraphs[0]!.runs.map((r) => ({ text: r.segments.map((s) => s.text).join(''), notes: r.notes }));
    expect(pieces).toEqual([{ text, notes: ['x', 'y'] }]);
  });
  it('put a note after the run its passage ends in, between sentences', () => {
    const result = annotateOriginal('A. B claim, C. D.', [{ slug: 'c', quote: 'claim' }], []);
    expect(result.paragraphs[0]!.runs.map((r) => r.segments.map((s) => s.text).join('') + (r.notes.length ? '|' : ''))).toEqual(['A. ', 'B claim, C. |', 'D.']);
  });
});

describe('firstTermOccurrences', () => {
  it('keeps the first occurrence of each term only', () => {
    const found = firstTermOccurrences('millet, Millet and Kirin, millet', [{ id: 'm', words: ['millet'] }, { id: 'k', words: ['Kirin'] }]);
    expect(found.map((r) => [r.id.split(':')[1], r.start])).toEqual([['m', 0], ['k', 19]]);
  });
});
