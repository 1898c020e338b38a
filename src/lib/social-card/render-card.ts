// Renders a story's social card to PNG at build time with resvg and font files shipped in npm packages
// (no browser, no system fonts). The card's content and layout are in src/lib/social-card/card-layout.ts.
// Both steps run on libuv's thread pool (resvg's renderAsync, then sharp's PNG encoder), so with Astro's
// build.concurrency the cards are drawn on another core while the main thread renders pages: encoding with
// resvg's own asPng() held the main thread ~30 ms a card (about 6 s at 200 stories).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { readFontMetrics, type FontMetrics } from './font-metrics.ts';
import { cardKey, diskCardCache, type CardCache } from './card-cache.ts';
import { cacheDirs } from '../publishing/cache-dirs.ts';
import type { VerdictCount } from '../verdicts/verdict-counts.ts';
import type { Verdict } from '../content/schema.ts';
import { CARD_FONTS, CARD_WIDTH, socialCardSvg, type CardFace, type Measure } from './card-layout.ts';

/** Font files (SIL Open Font License) for each face of the card, from @expo-google-fonts packages. */
export const CARD_FONT_FILES: Record<CardFace, string> = {
  title: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  label: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  strong: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
};

interface LoadedFonts {
  files: string[];
  measure: Measure;
  /** What besides the SVG decides a card's pixels: the renderers' versions and the font files. */
  rendering: string;
}

let loaded: LoadedFonts | undefined;

/** Resolved from the project root: the build's own code may run from a temporary output folder. */
function loadFonts(root = process.cwd()): LoadedFonts {
  if (loaded) return loaded;
  const require = createRequire(join(root, 'package.json'));
  const files = {} as Record<CardFace, string>;
  const metrics = {} as Record<CardFace, FontMetrics>;
  for (const face of Object.keys(CARD_FONT_FILES) as CardFace[]) {
    files[face] = require.resolve(CARD_FONT_FILES[face]);
    metrics[face] = readFontMetrics(readFileSync(files[face]));
  }
  const resvg = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const fonts = Object.values(files).map((file) => `${file}:${readFileSync(file).length}`);
  const rendering = [`resvg ${resvg}`, `sharp ${sharp.versions.sharp ?? ''}`, `vips ${sharp.versions.vips}`, `png ${sharp.versions.png ?? ''}`, ...fonts].join('\n');
  loaded = { files: [...new Set(Object.values(files))], measure: (text, face, size) => metrics[face].width(text, size), rendering };
  return loaded;
}

export interface CardContent {
  title: string;
  siteName: string;
  counts: readonly VerdictCount<unknown>[];
  /** A claim's card: its one rating, shown instead of counts. */
  rating?: Verdict | undefined;
}

/**
 * Cards drawn at once. A build starts every card up front (src/pages/[story]/card.png.ts); unlimited, the thread pool
 * would hold hundreds of 3 MB pixel buffers waiting for the encoder. Two keep a core busy without piling up memory.
 */
const drawing = pLimit(2);

/** Cards drawn by earlier builds (src/lib/publishing/cache-dirs.ts says where); MARGINALIA_CARD_CACHE=0 draws every card. */
const cache: CardCache | undefined = process.env.MARGINALIA_CARD_CACHE === '0' ? undefined : diskCardCache(cacheDirs(process.env, process.cwd()).cards);

/** The card's PNG: from the cache when an earlier build (or drawCardAhead) drew it, else drawn now. */
export async function renderCardPng(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  const { svg, key } = cardSvg(content);
  return (await cache?.get(key)) ?? drawing(() => drawCard(svg, key));
}

/**
 * Draws the card into the cache ahead of its route, keeping nothing of it in memory: a build starts every card before
 * any page renders (src/pages/[story]/card.png.ts), and the PNGs held until their routes came up were half a gigabyte
 * at 1,000 stories. The route then reads the file back (renderCardPng). Without a cache nothing is drawn ahead.
 */
export function drawCardAhead(content: CardContent): Promise<void> {
  if (!cache) return Promise.resolve();
  const { svg, key } = cardSvg(content);
  return drawing(async () => {
    if (!(await cache.get(key))) await drawCard(svg, key);
  });
}

function cardSvg(content: CardContent): { svg: string; key: string } {
  const fonts = loadFonts();
  const svg = socialCardSvg({ ...content, measure: fonts.measure });
  return { svg, key: cardKey(svg, fonts.rendering) };
}

async function drawCard(svg: string, key: string): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = loadFonts();
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONTS.label.family },
  });
  // The card is opaque (its background is painted), so the alpha channel only adds bytes.
  const png = new Uint8Array(await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png().toBuffer());
  await cache?.set(key, png);
  return png;
}
