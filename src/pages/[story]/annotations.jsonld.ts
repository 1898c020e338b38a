// The story's claims as a W3C Web Annotation collection, for annotation tools.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, siteInfo, storyContext, type StoryCollectionEntry } from '../../data/collections.ts';
import { annotateOriginal, claimQuotes, ORIGINAL_TEXT_ID } from '../../lib/annotations/annotate-original.ts';
import { annotationCollection } from '../../lib/annotations/web-annotations.ts';
import { lastModified } from '../../lib/publishing/claim-review.ts';
import { absolute, paths } from '../../lib/publishing/site-routes.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = props.story as StoryCollectionEntry;
  const [context, info] = await Promise.all([storyContext(story), siteInfo()]);
  // The same layout as the annotated page: its text, and the anchors in it.
  const { text, anchors } = annotateOriginal(context.original.body, claimQuotes(context.claimOrder), []);
  const collection = annotationCollection({
    id: absolute(paths.annotations(story.id)),
    label: `Fact-check annotations: ${story.data.title}`,
    source: absolute(paths.original(story.id)),
    textElement: `#${ORIGINAL_TEXT_ID}`,
    text,
    creator: info.publisher.name,
    created: story.data.published,
    modified: lastModified(story.data),
    claims: anchors.flatMap((anchor) => {
      const claim = context.claims.get(anchor.slug);
      return claim ? [{ anchor, verdictLabel: claim.verdict.label, summary: claim.data.summary, claimUrl: absolute(paths.claim(story.id, claim.slug)) }] : [];
    }),
  });
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
