// The rules a ClaimReview node must meet, wherever it is published: in a page's JSON-LD or in the claims feed.
// Google's documented requirements (claimReviewed, reviewRating with its textual verdict, url) and schema.org's
// shapes; one checker for both, so the feed cannot drift from the pages.

/** Where a node breaks a rule, e.g. "reviewRating.alternateName: is missing". */
export type RuleFailure = string;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isAbsoluteUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};
const isDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);

/** Google asks for claimReviewed under 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

function typed(node: unknown, type: string, path: string, failures: RuleFailure[]): node is Node {
  if (!isNode(node)) {
    failures.push(`${path}: is missing (${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type})`);
    return false;
  }
  if (node['@type'] !== type) failures.push(`${path}.@type: is ${JSON.stringify(node['@type'])}, not "${type}"`);
  return true;
}

function checkRating(rating: Node, failures: RuleFailure[]): void {
  if (!isText(rating.alternateName)) failures.push('reviewRating.alternateName: is missing (the verdict in words)');
  const numbers = ['ratingValue', 'bestRating', 'worstRating'] as const;
  const given = numbers.filter((key) => rating[key] !== undefined);
  if (given.length === 0) return;
  for (const key of numbers) if (typeof rating[key] !== 'number') failures.push(`reviewRating.${key}: must be a number when the rating has a value`);
  const { ratingValue: value, bestRating: best, worstRating: worst } = rating;
  if (typeof value === 'number' && typeof best === 'number' && typeof worst === 'number' && (value > best || value < worst || worst > best)) {
    failures.push(`reviewRating.ratingValue: ${value} is outside worstRating ${worst} … bestRating ${best}`);
  }
}

/** Every rule the node breaks; none for a valid ClaimReview. `site` is the origin its url must be on. */
export function claimReviewFailures(node: unknown, site?: string): RuleFailure[] {
  const failures: RuleFailure[] = [];
  if (!typed(node, 'ClaimReview', 'ClaimReview', failures)) return failures;
  if (!isAbsoluteUrl(node.url)) failures.push('url: must be the absolute address of the fact check');
  else if (site && new URL(String(node.url)).origin !== new URL(site).origin) failures.push(`url: ${String(node.url)} is not on ${site}`);
  if (!isText(node.claimReviewed)) failures.push('claimReviewed: is missing');
  else if (node.claimReviewed.length >= CLAIM_REVIEWED_MAX) failures.push(`claimReviewed: is ${node.claimReviewed.length} characters, over ${CLAIM_REVIEWED_MAX - 1}`);
  if (typed(node.author, 'Organization', 'author', failures) && !isText(node.author.name)) failures.push('author.name: is missing');
  if (!isDate(node.datePublished)) failures.push('datePublished: must be a date, YYYY-MM-DD');
  if (typed(node.reviewRating, 'Rating', 'reviewRating', failures)) checkRating(node.reviewRating, failures);
  if (typed(node.itemReviewed, 'Claim', 'itemReviewed', failures)) {
    const claim = node.itemReviewed;
    if (claim.author !== undefined && !(isNode(claim.author) && isText(claim.author.name))) failures.push('itemReviewed.author.name: is missing');
    if (claim.datePublished !== undefined && !isDate(claim.datePublished)) failures.push('itemReviewed.datePublished: must be a date');
    const first = claim.firstAppearance;
    if (first !== undefined && !(isNode(first) && first['@type'] === 'CreativeWork' && (first.url === undefined || isAbsoluteUrl(first.url)))) {
      failures.push('itemReviewed.firstAppearance: must be a CreativeWork with an absolute url');
    }
  }
  return failures;
}
