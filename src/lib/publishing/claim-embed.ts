// A claim's card for other sites: the <iframe> snippet a publisher pastes, and the oEmbed response (oembed.com,
// type "rich") that tools read to make that snippet themselves. Pure: the caller gives absolute URLs and texts.

/** The card's width in the snippet, px; the embed page reads well from 300 to 600 px. */
export const EMBED_WIDTH = 500;

/** Text of an HTML attribute value, quoted with "…": nothing in it can end the attribute or start markup. */
export function attributeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface EmbedTexts {
  /** The claim as checked, under 75 characters (claimReviewed). */
  claim: string;
  /** The quote from the article under review. */
  quote: string;
  claimant: string;
  /** The verdict in words (the one-line summary). */
  summary: string;
}

// The card's box model at EMBED_WIDTH, in px, from src/components/factcheck/ClaimEmbedCard.astro: padding and
// fixed rows, and how many characters of body text fit on a line. The browser test checks the card fits the height.
const FIXED_HEIGHT = 190;
const LINE_HEIGHT = 26;
const CHARS_PER_LINE = 44;
const HEADING_LINE = 30;
const HEADING_CHARS = 36;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** The height the card needs at EMBED_WIDTH, rounded up to 10 px: an estimate that errs on the tall side. */
export function embedHeight(texts: EmbedTexts): number {
  const body = lines(texts.quote, CHARS_PER_LINE) + lines(texts.claimant, CHARS_PER_LINE) + lines(texts.summary, CHARS_PER_LINE);
  const height = FIXED_HEIGHT + lines(texts.claim, HEADING_CHARS) * HEADING_LINE + body * LINE_HEIGHT;
  return Math.ceil(height / 10) * 10;
}

export interface EmbedFrame {
  /** Absolute URL of the claim's embed page. */
  src: string;
  /** Accessible name of the frame, e.g. "Fact check: <claim>". */
  title: string;
  width: number;
  height: number;
}

/** The <iframe> a publisher pastes into a page: no script, lazy, borderless, never wider than its column. */
export function embedSnippet(frame: EmbedFrame): string {
  return `<iframe src="${attributeText(frame.src)}" title="${attributeText(frame.title)}" width="${frame.width}" height="${frame.height}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`;
}

/** The frame of one claim's card: its embed page under the base path, titled by the claim, sized for its text. */
export function claimFrame(embedUrl: string, claim: { claimReviewed: string; quote: string; claimant: string; summary: string }): EmbedFrame {
  return {
    src: embedUrl,
    title: `Fact check: ${claim.claimReviewed}`,
    width: EMBED_WIDTH,
    height: embedHeight({ claim: claim.claimReviewed, quote: claim.quote, claimant: claim.claimant, summary: claim.summary }),
  };
}

export interface OembedInput {
  frame: EmbedFrame;
  /** The claim as checked: the response's title. */
  title: string;
  providerName: string;
  /** Absolute URL of the site's home page. */
  providerUrl: string;
  /** Absolute URL of the claim's social card, 1200×630. */
  thumbnailUrl: string;
}

/** The oEmbed 1.0 response of a claim: type rich, with the iframe snippet as its html. */
export function oembedResponse(input: OembedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: embedSnippet(input.frame),
    width: input.frame.width,
    height: input.frame.height,
    thumbnail_url: input.thumbnailUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
