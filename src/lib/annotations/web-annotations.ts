// Exports a story's claims as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): the verdict and
// summary as bodies, a link to the claim's page, and selectors into the annotated original.
//
// What they target: our annotated page of the original (/<story>/original/), whose article text is exactly `text`
// (annotate-original.ts keeps notes and numbers out of it). The article's own page is not the target: we do not have
// its HTML, only the text we copied, and such pages change or vanish. Two selectors name each passage: a
// TextQuoteSelector (the words and 32 characters around them), which anchors anywhere in the page's text, and a
// TextPositionSelector refining a CssSelector for the element holding the article's text, since offsets only mean
// something within a known stretch of text.
import { describePosition, describeQuote } from '../anchoring/text-quote-selector.ts';
import type { ClaimAnchor } from './annotate-original.ts';

export interface AnnotatedClaim {
  anchor: ClaimAnchor;
  verdictLabel: string;
  summary: string;
  /** Absolute URL of the claim's page. */
  claimUrl: string;
}

export interface AnnotationExport {
  /** Absolute URL of this JSON-LD file. */
  id: string;
  label: string;
  /** Absolute URL of the page holding the text the selectors point into. */
  source: string;
  /** CSS selector of the element on that page whose text is `text`. */
  textElement: string;
  /** The text the selectors were computed on: the article's text as that element holds it. */
  text: string;
  creator: string;
  /** ISO date (YYYY-MM-DD) or date-time of the story's publication. */
  created: string;
  /** ISO date or date-time of its last change. */
  modified: string;
  claims: readonly AnnotatedClaim[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An xsd:dateTime in UTC, as the model requires for created and modified. A day alone becomes the start of that
 * day in UTC: our content records days, not times.
 */
export function toDateTime(value: string): string {
  if (DATE.test(value)) return `${value}T00:00:00Z`;
  if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new RangeError(`toDateTime: "${value}" is neither a date (YYYY-MM-DD) nor a date-time with a time zone`);
}

export function annotationCollection(input: AnnotationExport) {
  const created = toDateTime(input.created);
  const modified = toDateTime(input.modified);
  const pageId = `${input.id}#page-1`;
  const items = input.claims.map((claim) => ({
    id: `${claim.claimUrl}#annotation`,
    type: 'Annotation',
    motivation: 'assessing',
    created,
    modified,
    creator: { type: 'Organization', name: input.creator },
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: claim.verdictLabel, format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'commenting', value: claim.summary, format: 'text/plain', language: 'en' },
      // A link is a SpecificResource with the purpose: an External Web Resource may not carry one itself.
      { type: 'SpecificResource', purpose: 'linking', source: { id: claim.claimUrl, type: 'Text', format: 'text/html' } },
    ],
    target: {
      type: 'SpecificResource',
      source: input.source,
      selector: [
        describeQuote(input.text, claim.anchor.start, claim.anchor.end),
        { type: 'CssSelector', value: input.textElement, refinedBy: describePosition(input.text, claim.anchor.start, claim.anchor.end) },
      ],
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: input.id, startIndex: 0, items },
    last: pageId,
  };
}
