// Typesetting for editor-written plain text (YAML fields, frontmatter): curly quotes, dashes, and language runs.
const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff60]*/gu;

/** Straight quotes to curly ones, " -- " and " - " between words to en dashes, "..." to an ellipsis. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"(?=\S)/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013-])'(?=\S)/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/\s--?\s/g, ' \u2013 ')
    .replace(/\.\.\./g, '\u2026');
}

export interface TextRun {
  text: string;
  /** BCP 47 language of the run when it differs from the page's, e.g. "zh". */
  lang?: string | undefined;
}

/** Splits text into runs, marking Chinese characters so they can carry lang="zh". */
export function languageRuns(text: string, lang = 'zh'): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}

/** Both: what the RichText component renders. */
export function typeset(text: string): TextRun[] {
  return languageRuns(smartQuotes(text));
}
