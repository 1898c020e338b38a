// Bundled for the browser by annotator.ts: Apache Annotator (@apache-annotator/dom, the W3C selector implementation)
// anchoring Web Annotation selectors in the page it is injected into, as an annotation client would.
import { createCssSelectorMatcher, createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { makeRefinable, type Matcher, type Selector } from '@apache-annotator/selector';

type AnySelector = Selector & { type: string; refinedBy?: AnySelector };

/** Apache Annotator's matcher for one selector, refinements included (§4.2.9 of the model). */
const matcherFor = makeRefinable<AnySelector, Node | Range, Range | Element>((selector) => {
  switch (selector.type) {
    case 'CssSelector':
      return createCssSelectorMatcher(selector as never) as Matcher<Node | Range, Range | Element>;
    case 'TextQuoteSelector':
      return createTextQuoteSelectorMatcher(selector as never) as Matcher<Node | Range, Range | Element>;
    case 'TextPositionSelector':
      return createTextPositionSelectorMatcher(selector as never) as Matcher<Node | Range, Range | Element>;
    default:
      throw new Error(`no matcher for ${selector.type}`);
  }
});

/** The text of every match of `selector` in the document's body, in document order. */
async function matchTexts(selector: AnySelector): Promise<string[]> {
  const texts: string[] = [];
  for await (const match of matcherFor(selector)(document.body)) texts.push(match instanceof Range ? match.toString() : (match.textContent ?? ''));
  return texts;
}

// Read by annotator.ts, which declares its type.
(window as unknown as { annotator: unknown }).annotator = { matchTexts };
