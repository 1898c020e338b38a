// Renders a story's social card to PNG at build time with resvg and font files shipped in npm packages
// (no browser, no system fonts). The card's content and layout are in src/lib/social-card.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readFontMetrics, type FontMetrics } from '../font-metrics.ts';
import { CARD_FONTS, CARD_WIDTH, socialCardSvg, type CardFace, type CardVerdictCount, type Measure } from '../social-card.ts';

/** Font files (SIL Open Font License) for each face of the card, from @expo-google-fonts packages. */
export const CARD_FONT_FILES: Record<CardFace, string> = {
  title: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  label: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  strong: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
};

interface LoadedFonts {
  files: string[];
  measure: Measure;
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
  loaded = { files: [...new Set(Object.values(files))], measure: (text, face, size) => metrics[face].width(text, size) };
  return loaded;
}

export interface CardContent {
  title: string;
  siteName: string;
  counts: readonly CardVerdictCount[];
}

export function renderCardPng(content: CardContent): Uint8Array<ArrayBuffer> {
  const fonts = loadFonts();
  const svg = socialCardSvg({ ...content, measure: fonts.measure });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONTS.label.family },
  });
  return new Uint8Array(resvg.render().asPng());
}
