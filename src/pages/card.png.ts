// The site's social card (og:image of pages that are not stories): the site name, its tagline and the ratings so far.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allVerdicts, siteInfo } from '../data/collections.ts';
import { renderCardPng } from '../lib/social-card/render-card.ts';
import { countByVerdict } from '../lib/verdicts/verdict-counts.ts';

export const GET: APIRoute = async () => {
  const [site, verdicts, claims] = await Promise.all([siteInfo(), allVerdicts(), getCollection('claims')]);
  const counts = countByVerdict(verdicts, claims.map((claim) => ({ verdict: { id: claim.data.verdict } })));
  return new Response(await renderCardPng({ title: site.tagline, siteName: site.name, counts }), { headers: { 'Content-Type': 'image/png' } });
};
