import { describe, expect, it } from 'vitest';
import { annotateOriginal, claimQuotes, findTermOccurrences } from '../../../src/lib/annotations/annotate-original.ts';
import { annotationCollection } from '../../../src/lib/annotations/web-annotations.ts';

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
    expect(result.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      'Xiaomi, or millet, sold 190 million units.',
      'Millet sold 140 million units overseas. Hsi Kirin chips lost out.',
    ]);
  });
  it('marks each claim once, with its start and end', () => {
    const segments = result.paragraphs.flatMap((p) => p.segments);
    const covered = (slug: string) => segments.filter((s) => s.claims.includes(slug)).map((s) => s.text).join('');
    expect(covered('sales')).toBe('sold 190 million units');
    expect(covered('overseas')).toBe('140 million units overseas');
    expect(segments.filter((s) => s.claimStarts.includes('overseas'))).toHaveLength(1);
    expect(segments.filter((s) => s.claimEnds.includes('overseas'))).toHaveLength(1);
  });
  it('marks glossary terms as their own segments', () => {
    const terms = result.paragraphs.flatMap((p) => p.segments).filter((s) => s.term === 'millet').map((s) => s.text);
    expect(terms).toEqual(['millet', 'Millet']);
  });
  it('reports quotes it could not place instead of guessing', () => {
    expect(result.unanchored.map((u) => [u.slug, u.failure.reason])).toEqual([['missing', 'not-found']]);
  });
});

describe('annotationCollection', () => {
  const { anchors } = annotateOriginal(text, [{ slug: 'overseas', quote: '140 million units overseas' }], []);
  const collection = annotationCollection({
    id: 'https://example.org/s/annotations.jsonld', label: 'L', source: 'https://example.org/s/original/', text, creator: 'Desk', created: '2026-11-25', modified: '2026-11-26',
    claims: anchors.map((anchor) => ({ anchor, verdictLabel: 'True', summary: 'Right.', claimUrl: 'https://example.org/s/claims/overseas/' })),
  });
  const item = collection.first.items[0];
  it('is a W3C annotation collection with one annotation per claim', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(1);
    expect(item?.motivation).toBe('assessing');
  });
  it('has selectors that match the text', () => {
    const [quote, position] = item?.target.selector ?? [];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '140 million units overseas' });
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
    const pos = position as { start: number; end: number };
    expect(text.slice(pos.start, pos.end)).toBe('140 million units overseas');
    const q = quote as { prefix?: string; suffix?: string };
    expect(text.slice(0, pos.start).endsWith(q.prefix ?? '')).toBe(true);
    expect(text.slice(pos.end).startsWith(q.suffix ?? '')).toBe(true);
  });
  it('carries the verdict as the assessing body and links the claim page', () => {
    expect(item?.body[0]).toMatchObject({ purpose: 'assessing', value: 'True' });
    expect(item?.body[2]).toMatchObject({ id: 'https://example.org/s/claims/overseas/', purpose: 'linking' });
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
