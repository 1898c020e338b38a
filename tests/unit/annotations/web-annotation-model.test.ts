// The MUST-rule checker (web-annotation-model.ts) itself: it passes the model's own kind of examples and catches
// each failure the export used to have.
import { describe, expect, it } from 'vitest';
import { annotationFailures, collectionFailures } from './web-annotation-model.ts';

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

describe('Web Annotation MUST rules', () => {
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
