// Exports a story's claims as W3C Web Annotations (JSON-LD): selectors into the original, the verdict as the body.
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
  /** The text the selectors were computed on. */
  text: string;
  creator: string;
  created: string;
  modified: string;
  claims: readonly AnnotatedClaim[];
}

export function annotationCollection(input: AnnotationExport) {
  const items = input.claims.map((claim) => ({
    id: `${claim.claimUrl}#annotation`,
    type: 'Annotation',
    motivation: 'assessing',
    created: input.created,
    modified: input.modified,
    creator: { type: 'Organization', name: input.creator },
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: claim.verdictLabel, format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'commenting', value: claim.summary, format: 'text/plain', language: 'en' },
      { id: claim.claimUrl, type: 'Text', format: 'text/html', purpose: 'linking' },
    ],
    target: {
      source: input.source,
      selector: [describeQuote(input.text, claim.anchor.start, claim.anchor.end), describePosition(input.text, claim.anchor.start, claim.anchor.end)],
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id,
    type: 'AnnotationCollection',
    label: input.label,
    total: items.length,
    first: { id: `${input.id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
