// The content the build's checks read, kept for the content loaders of the same process, so each file is read,
// parsed and validated once per build. Astro loads content.config.ts through Vite, in another module instance than
// the integration's: the hand-over goes through globalThis, keyed by the content folder.
import { resolve } from 'node:path';
import type { ContentBundle } from './bundle.ts';
import { readContent } from './read-content.ts';

const KEY = Symbol.for('marginalia.checked-content');

type Shelf = Map<string, ContentBundle>;

function shelf(): Shelf {
  const holder = globalThis as { [KEY]?: Shelf };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Keeps the checked bundle of `contentFolder` (absolute) for the loaders. */
export function rememberChecked(contentFolder: string, bundle: ContentBundle): void {
  shelf().set(resolve(contentFolder), bundle);
}

/** Drops every kept bundle: once content sync is over, the store holds what pages need, and the bundle can go. */
export function forgetChecked(): void {
  shelf().clear();
}

/** The checked bundle of the folder if the checks kept one, else the folder read now (dev, `astro sync`, tests). */
export function checkedBundle(root: string, contentFolder: string): ContentBundle {
  return shelf().get(resolve(contentFolder)) ?? readContent(root, contentFolder).bundle;
}
