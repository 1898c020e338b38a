// The scaffold's placeholders: text an editor must replace before publishing, written "[replace: what goes here]",
// and the starter source's address. The checks find them in every field and in story and article text: a warning
// while editing, an error in the build.

/** The placeholder an editor sees: "[replace: the headline of the fact check]". */
export function placeholder(what: string): string {
  return `[replace: ${what}]`;
}

/** The address a starter source gets until the editor gives the real one. */
export const PLACEHOLDER_URL = 'https://example.org/replace-me';

const MARK = /\[replace:[^\]]*\]/i;

/** The first placeholder in `text`, or undefined. */
export function findPlaceholder(text: string): string | undefined {
  if (text.includes(PLACEHOLDER_URL)) return PLACEHOLDER_URL;
  return MARK.exec(text)?.[0];
}
