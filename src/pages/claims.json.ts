// claims.json: every claim's ClaimReview as a schema.org DataFeed, for fact-check aggregators.
import type { APIRoute } from 'astro';
import { feedClaims, jsonLdSite } from '../data/claim-feed.ts';
import { siteInfo } from '../data/collections.ts';
import { organization } from '../lib/publishing/claim-review.ts';
import { claimReviewFailures } from '../lib/publishing/claim-review-rules.ts';
import { claimsDataFeed } from '../lib/publishing/claims-feed.ts';
import { jsonInHtml } from '../lib/publishing/json-in-html.ts';
import { absolute, paths, siteOrigin } from '../lib/publishing/site-routes.ts';

export const GET: APIRoute = async () => {
  const [claims, site, jsonLd] = await Promise.all([feedClaims(), siteInfo(), jsonLdSite()]);
  // The content checks guarantee these rules; a failure here is a bug in the code, and stops the build.
  const failures = claims.flatMap(({ review }) => claimReviewFailures(review, siteOrigin).map((f) => `${review.url} › ${f}`));
  if (failures.length > 0) throw new Error(`claims.json: ClaimReview rules broken:\n${failures.join('\n')}`);
  const feed = claimsDataFeed(claims, {
    name: `${site.name}: every claim we checked`,
    description: `Every claim ${site.publisher.name} has checked, with its rating, as schema.org ClaimReview.`,
    url: absolute(paths.claimsFeed()),
    publisher: organization(jsonLd.publisher),
  });
  // jsonInHtml: the same JSON, with <, > and & escaped, so no text in it reads as markup wherever it is shown.
  return new Response(jsonInHtml(feed), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
