// A claim's oEmbed response (oembed.com, type "rich"): the <iframe> of its embed page, for tools that embed by URL.
import type { APIRoute } from 'astro';
import { claimOfRoute, claimPaths, type ClaimRouteProps } from '../../../../data/claim-paths.ts';
import { claimFrame, oembedResponse } from '../../../../lib/publishing/claim-embed.ts';
import { jsonInHtml } from '../../../../lib/publishing/json-in-html.ts';
import { absolute, paths } from '../../../../lib/publishing/site-routes.ts';

export const getStaticPaths = claimPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story, claimSlug } = props as ClaimRouteProps;
  const { site, claim } = await claimOfRoute({ story, claimSlug });
  const response = oembedResponse({
    frame: claimFrame(absolute(paths.claimEmbed(story.id, claimSlug)), claim.data),
    title: claim.data.claimReviewed,
    providerName: site.name,
    providerUrl: absolute(paths.home()),
    thumbnailUrl: absolute(paths.claimCard(story.id, claimSlug)),
  });
  // jsonInHtml: the same JSON with <, > and & escaped, so the snippet's markup is never markup until a client parses it.
  return new Response(jsonInHtml(response), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
