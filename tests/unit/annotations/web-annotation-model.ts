// The MUST rules of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/, Recommendation
// 2017-02-23) that apply to what we export, as a checker: each failure names the rule's section and where it failed.
// Written from the specification's text; the sections are cited so a reader can check each rule against it.

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** §3.1: IRIs. An absolute IRI with a scheme; a blank node id ("_:…") is not one. */
const isIri = (v: Json): boolean => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(v) && !v.startsWith('_:');

/** §3.3.1 (created, modified, generated): an xsd:dateTime, with a time zone as the model asks (SHOULD be UTC). */
const XSD_DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

const SELECTOR_TYPES = new Set(['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector', 'RangeSelector']);

const typesOf = (v: Record<string, Json>) => asArray(v.type).filter((t): t is string => typeof t === 'string');

function checkSelector(selector: Json, at: string, failures: string[]): void {
  if (!isObject(selector)) {
    failures.push(`§4.2 ${at}: a selector must be an object`);
    return;
  }
  const type = selector.type;
  if (typeof type !== 'string' || !SELECTOR_TYPES.has(type)) failures.push(`§4.2 ${at}: the selector's type must be one of the model's selectors, got ${JSON.stringify(type)}`);
  if (type === 'TextQuoteSelector') {
    // §4.2.4: exactly one exact; at most one prefix and one suffix.
    if (typeof selector.exact !== 'string' || selector.exact === '') failures.push(`§4.2.4 ${at}: a TextQuoteSelector must have exactly 1 exact (a string)`);
    for (const key of ['prefix', 'suffix']) if (selector[key] !== undefined && typeof selector[key] !== 'string') failures.push(`§4.2.4 ${at}: ${key} must be a single string`);
  }
  if (type === 'TextPositionSelector') {
    // §4.2.5: exactly one start and one end, non-negative integers.
    for (const key of ['start', 'end']) {
      const value = selector[key];
      if (!Number.isInteger(value) || (value as number) < 0) failures.push(`§4.2.5 ${at}: a TextPositionSelector must have exactly 1 ${key}, a non-negative integer`);
    }
    if (Number.isInteger(selector.start) && Number.isInteger(selector.end) && (selector.end as number) >= 0 && (selector.end as number) < (selector.start as number)) failures.push(`§4.2.5 ${at}: end is before start`);
  }
  if (type === 'CssSelector' && (typeof selector.value !== 'string' || selector.value === '')) failures.push(`§4.2.2 ${at}: a CssSelector must have exactly 1 value`);
  // §4.2.9: refinedBy holds selectors, each checked the same way.
  asArray(selector.refinedBy).forEach((refinement, i) => checkSelector(refinement, `${at}.refinedBy[${i}]`, failures));
}

/** §3.2 External Web Resource / §3.2.4 TextualBody / §4 SpecificResource: a body or a target. */
function checkResource(resource: Json, at: string, role: 'body' | 'target', failures: string[]): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) failures.push(`§3.2 ${at}: a ${role} given as a string must be an IRI`);
    return;
  }
  if (!isObject(resource)) {
    failures.push(`§3.2 ${at}: a ${role} must be an IRI or an object`);
    return;
  }
  const types = typesOf(resource);
  const textual = types.includes('TextualBody') || (resource.value !== undefined && resource.source === undefined);
  const specific = types.includes('SpecificResource') || resource.source !== undefined;
  if (textual) {
    // §3.2.4: a TextualBody must have exactly 1 value; it has no id requirement.
    if (role === 'target') failures.push(`§3.2.4 ${at}: a TextualBody cannot be a target`);
    if (typeof resource.value !== 'string') failures.push(`§3.2.4 ${at}: a TextualBody must have exactly 1 value`);
  } else if (specific) {
    // §4: a SpecificResource must have exactly 1 source, an IRI or a resource with an id.
    const source = resource.source;
    if (Array.isArray(source) || !(isIri(source) || (isObject(source) && isIri(source.id)))) failures.push(`§4 ${at}: a SpecificResource must have exactly 1 source with an IRI`);
    if (isObject(source) && source.purpose !== undefined) failures.push(`§4.1 ${at}.source: purpose is only for a TextualBody or SpecificResource, not the External Web Resource it refines`);
    asArray(resource.selector).forEach((selector, i) => checkSelector(selector, `${at}.selector[${i}]`, failures));
  } else {
    // §3.2.1: an External Web Resource must have exactly 1 IRI id…
    if (!isIri(resource.id)) failures.push(`§3.2.1 ${at}: an External Web Resource must have exactly 1 IRI id`);
    // …and §4.1: a resource included with a purpose is a SpecificResource whose source it is; purpose is for a
    // TextualBody or a SpecificResource only.
    if (resource.purpose !== undefined) failures.push(`§4.1 ${at}: purpose is only for a TextualBody or SpecificResource; an External Web Resource that has a purpose must be wrapped in a SpecificResource`);
  }
  for (const purpose of asArray(resource.purpose)) if (typeof purpose !== 'string' || (!MOTIVATIONS.has(purpose) && !isIri(purpose))) failures.push(`§3.3.5 ${at}: purpose ${JSON.stringify(purpose)} is not a Motivation`);
}

/** One annotation. `embedded`: inside a collection page, which carries the @context. */
export function annotationFailures(annotation: Json, at = 'annotation', embedded = false): string[] {
  const failures: string[] = [];
  if (!isObject(annotation)) return [`§3.1 ${at}: an annotation must be an object`];
  // §3.1: exactly one @context including the anno context (embedded annotations inherit their container's).
  if (!embedded || annotation['@context'] !== undefined) checkContext(annotation['@context'], at, failures);
  if (!isIri(annotation.id)) failures.push(`§3.1 ${at}: an Annotation must have exactly 1 IRI id`);
  if (!typesOf(annotation).includes('Annotation')) failures.push(`§3.1 ${at}: an Annotation must have the type "Annotation"`);
  const targets = asArray(annotation.target);
  if (targets.length === 0) failures.push(`§3.1 ${at}: an Annotation must have 1 or more targets`);
  targets.forEach((target, i) => checkResource(target, `${at}.target${targets.length > 1 ? `[${i}]` : ''}`, 'target', failures));
  const bodies = asArray(annotation.body);
  bodies.forEach((body, i) => checkResource(body, `${at}.body[${i}]`, 'body', failures));
  for (const key of ['created', 'modified', 'generated']) {
    const value = annotation[key];
    if (value === undefined) continue;
    // §3.3.1: at most one value, an xsd:dateTime.
    if (typeof value !== 'string' || !XSD_DATE_TIME.test(value)) failures.push(`§3.3.1 ${at}: ${key} must be a single xsd:dateTime (e.g. 2026-11-25T00:00:00Z), got ${JSON.stringify(value)}`);
  }
  for (const motivation of asArray(annotation.motivation)) if (typeof motivation !== 'string' || (!MOTIVATIONS.has(motivation) && !isIri(motivation))) failures.push(`§3.3.5 ${at}: motivation ${JSON.stringify(motivation)} is not a Motivation`);
  return failures;
}

function checkContext(context: Json, at: string, failures: string[]): void {
  const contexts = asArray(context);
  if (contexts.length === 0 || !contexts.includes('http://www.w3.org/ns/anno.jsonld')) failures.push(`§3.1 ${at}: must have exactly 1 @context that includes http://www.w3.org/ns/anno.jsonld`);
}

/** An AnnotationCollection with its pages embedded (§5 of the model). */
export function collectionFailures(collection: Json): string[] {
  if (!isObject(collection)) return ['§5.1 collection: must be an object'];
  const failures: string[] = [];
  checkContext(collection['@context'], 'collection', failures);
  if (!isIri(collection.id)) failures.push('§5.1 collection: an AnnotationCollection must have exactly 1 IRI id');
  if (!typesOf(collection).includes('AnnotationCollection')) failures.push('§5.1 collection: must have the type "AnnotationCollection"');
  if (collection.total !== undefined && (!Number.isInteger(collection.total) || (collection.total as number) < 0)) failures.push('§5.1 collection: total must be a non-negative integer');
  const pages: Record<string, Json>[] = [];
  for (const key of ['first', 'last']) {
    const page = collection[key];
    if (page === undefined || isIri(page)) continue;
    if (isObject(page)) pages.push(page);
    else failures.push(`§5.1 collection.${key}: must be an IRI or an AnnotationPage`);
  }
  let items = 0;
  pages.forEach((page, p) => {
    const at = `collection.page[${p}]`;
    // §5.2: a page must have an IRI id, the type AnnotationPage and its items.
    if (!isIri(page.id)) failures.push(`§5.2 ${at}: an AnnotationPage must have exactly 1 IRI id`);
    if (!typesOf(page).includes('AnnotationPage')) failures.push(`§5.2 ${at}: must have the type "AnnotationPage"`);
    if (!Array.isArray(page.items)) failures.push(`§5.2 ${at}: an AnnotationPage must have items`);
    if (page.startIndex !== undefined && (!Number.isInteger(page.startIndex) || (page.startIndex as number) < 0)) failures.push(`§5.2 ${at}: startIndex must be a non-negative integer`);
    asArray(page.items).forEach((item, i) => failures.push(...annotationFailures(item, `${at}.items[${i}]`, true)));
    items += asArray(page.items).length;
  });
  if (Number.isInteger(collection.total) && pages.length === 1 && collection.total !== items) failures.push(`§5.1 collection: total is ${String(collection.total)} but the page holds ${items} annotations`);
  const ids = pages.flatMap((page) => asArray(page.items).map((item) => (isObject(item) ? item.id : undefined)));
  if (new Set(ids).size !== ids.length) failures.push('§3.1 collection: two annotations share an id');
  return failures;
}
