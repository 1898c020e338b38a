// The story's table of contents: its second-level headings, plus the sections the page adds after the MDX.
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  href: string;
  text: string;
}

export function tableOfContents(headings: readonly Heading[], extra: readonly TocEntry[] = []): TocEntry[] {
  return [...headings.filter((h) => h.depth === 2).map((h) => ({ href: `#${h.slug}`, text: h.text })), ...extra];
}
