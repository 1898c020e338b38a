// The Web Annotation export: a collection that keeps the Web Annotation Data Model's MUST rules (checked by
// web-annotation-model.ts, whose own tests are at the end) with selectors true to the text.
import { describe, expect, it } from 'vitest';
import { annotateOriginal } from '../../../src/lib/annotations/annotate-original.ts';
import { annotationCollection, toDateTime } from '../../../src/lib/annotations/web-annotations.ts';
import { annotationFailures, collectionFailures } from './web-annotation-model.ts';

const text = 'Xiaomi, or millet, sold 190 million units.\n\nMillet sold 140 million units overseas. Hsi Kirin chips lost out.';

describe('annotationCollection', () => {
  const { anchors } = annotateOriginal(text, [{ slug: 'overseas', quote: '140 million units overseas' }], []);
  const collection = annotationCollection({
    id: 'https://example.org/s/annotations.jsonld', label: 'L', source: 'https://example.org/s/original/', textElement: '#original-text', text, creator: 'Desk', created: '2026-11-25', modified: '2026-11-26',
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
    const [quote, scoped] = item?.target.selector ?? [];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '140 million units overseas' });
    // The position is counted within the element that holds the article's text, which a CssSelector names.
    expect(scoped).toMatchObject({ type: 'CssSelector', value: '#original-text', refinedBy: { type: 'TextPositionSelector' } });
    const pos = (scoped as { refinedBy: { start: number; end: number } }).refinedBy;
    expect(text.slice(pos.start, pos.end)).toBe('140 million units overseas');
    const q = quote as { prefix?: string; suffix?: string };
    expect(text.slice(0, pos.start).endsWith(q.prefix ?? '')).toBe(true);
    expect(text.slice(pos.end).startsWith(q.suffix ?? '')).toBe(true);
  });
  it('carries the verdict as the assessing body and links the claim page', () => {
    expect(item?.body[0]).toMatchObject({ purpose: 'assessing', value: 'True' });
    // Changed from { id, purpose: 'linking' } on the link itself: an External Web Resource may not carry a purpose,
    // so the link is a SpecificResource whose source is the claim page.
    expect(item?.body[2]).toMatchObject({ type: 'SpecificResource', purpose: 'linking', source: { id: 'https://example.org/s/claims/overseas/' } });
  });
  it('gives created and modified as xsd:dateTime in UTC', () => {
    expect(item?.created).toBe('2026-11-25T00:00:00Z');
    expect(item?.modified).toBe('2026-11-26T00:00:00Z');
  });
  it('breaks none of the Web Annotation Data Model\'s MUST rules', () => {
    expect(collectionFailures(collection)).toEqual([]);
  });
});

describe('toDateTime', () => {
  it('turns a day into the start of that day in UTC and keeps a full date-time', () => {
    expect(toDateTime('2026-11-25')).toBe('2026-11-25T00:00:00Z');
    expect(toDateTime('2026-11-25T10:30:00+01:00')).toBe('2026-11-25T10:30:00+01:00');
  });
  it('refuses what is not a date, or a time without a zone', () => {
    expect(() => toDateTime('2026')).toThrow(RangeError);
    expect(() => toDateTime('2026-11-25T10:30:00')).toThrow(/time zone/);
    expect(() => toDateTime('tomorrow')).toThrow(RangeError);
  });
});

const good = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'http://example.org/anno1',
  type: 'Annotation',
  motivation: 'assessing',
  created: '2026-11-25T00:00:00Z',
  body: [
    { type: 'TextualBody', purpose: 'assessing', value: 'True' },
    { type: 'SpecificResource', purpose: 'linking', source: { id: 'http://example.org/claim', type: 'Text' } },
  ],
  target: {
    type: 'SpecificResource',
    source: 'http://example.org/page',
    selector: [
      { type: 'TextQuoteSelector', exact: 'words', prefix: 'the ', suffix: ' here' },
      { type: 'CssSelector', value: '#text', refinedBy: { type: 'TextPositionSelector', start: 4, end: 9 } },
    ],
  },
};

describe('the MUST-rule checker (web-annotation-model.ts)', () => {
  it('pass a conformant annotation', () => {
    expect(annotationFailures(good)).toEqual([]);
  });

  it('require created and modified as xsd:dateTime, not a date', () => {
    expect(annotationFailures({ ...good, created: '2026-11-25', modified: '2026-11-26' })).toEqual([
      '§3.3.1 annotation: created must be a single xsd:dateTime (e.g. 2026-11-25T00:00:00Z), got "2026-11-25"',
      '§3.3.1 annotation: modified must be a single xsd:dateTime (e.g. 2026-11-25T00:00:00Z), got "2026-11-26"',
    ]);
  });

  it('refuse a purpose on an External Web Resource body (the old linking body)', () => {
    const body = [good.body[0], { id: 'http://example.org/claim', type: 'Text', format: 'text/html', purpose: 'linking' }];
    expect(annotationFailures({ ...good, body })).toEqual([expect.stringMatching(/^§4\.1 annotation\.body\[1\]: purpose is only for a TextualBody or SpecificResource/)]);
  });

  it('require one @context with the annotation context, an IRI id, the type and a target', () => {
    const { '@context': _context, target: _target, ...rest } = good;
    expect(annotationFailures({ ...rest, id: '_:b0', type: 'Note' })).toEqual([
      '§3.1 annotation: must have exactly 1 @context that includes http://www.w3.org/ns/anno.jsonld',
      '§3.1 annotation: an Annotation must have exactly 1 IRI id',
      '§3.1 annotation: an Annotation must have the type "Annotation"',
      '§3.1 annotation: an Annotation must have 1 or more targets',
    ]);
  });

  it('check selectors, refinements included', () => {
    const target = { source: 'http://example.org/page', selector: [{ type: 'TextQuoteSelector' }, { type: 'CssSelector', value: '#t', refinedBy: { type: 'TextPositionSelector', start: 9, end: -1 } }] };
    expect(annotationFailures({ ...good, target })).toEqual([
      '§4.2.4 annotation.target.selector[0]: a TextQuoteSelector must have exactly 1 exact (a string)',
      '§4.2.5 annotation.target.selector[1].refinedBy[0]: a TextPositionSelector must have exactly 1 end, a non-negative integer',
    ]);
  });

  it('check a collection and every annotation on its page', () => {
    const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/c', type: 'AnnotationCollection', total: 2, first: { id: 'http://example.org/c#p1', type: 'AnnotationPage', items: [{ ...good, '@context': undefined, created: '2026' }] } };
    expect(collectionFailures(collection)).toEqual([
      '§3.3.1 collection.page[0].items[0]: created must be a single xsd:dateTime (e.g. 2026-11-25T00:00:00Z), got "2026"',
      '§5.1 collection: total is 2 but the page holds 1 annotations',
    ]);
  });
});
