// The text below a story's or an original's frontmatter, read from its file when a page first needs it. Astro's
// content store holds only the frontmatter fields, for the reason the datasets' rows stay out of it
// (src/lib/content/dataset-rows.ts): the build bundles the whole store into the server code as one string.
import { splitFrontmatter } from './parse-yaml.ts';
import { readTextFile } from './read-text-file.ts';

/** The body as the content checks read it (UTF-8, byte-order mark dropped); undefined if the file cannot be read. */
export function readEntryBody(file: string): string | undefined {
  const text = readTextFile(file);
  return text === undefined ? undefined : splitFrontmatter(text)?.body;
}
