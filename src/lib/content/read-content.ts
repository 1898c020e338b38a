// Reads content/ from disk into a validated ContentBundle, collecting every problem instead of stopping at the first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { error, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { emptyBundle, type ContentBundle, type ListItem } from './bundle.ts';
import { decodeText } from './decode-text.ts';
import { SLUG_PATTERN } from './fields.ts';
import { parseCsv } from './parse-csv.ts';
import { parseYaml, splitFrontmatter } from './parse-yaml.ts';
import { parseStoryMdx } from './story-mdx.ts';
import { claimSchema, datasetMetaSchema, glossaryTermSchema, originalSchema, siteSchema, sourceSchema, storySchema, verdictSchema } from './schema.ts';

export interface ReadResult {
  bundle: ContentBundle;
  problems: Problem[];
}

/** Reads and validates everything under `contentPath` (default `<root>/content`). Paths in problems are relative to `root`. */
export function readContent(root: string, contentPath = join(root, 'content')): ReadResult {
  const reader = new ContentReader(root, contentPath);
  reader.readAll();
  return { bundle: reader.bundle, problems: reader.problems };
}

class ContentReader {
  readonly bundle = emptyBundle();
  readonly problems: Problem[] = [];
  private readonly root: string;
  private readonly contentDir: string;

  constructor(root: string, contentPath: string) {
    this.root = root;
    this.contentDir = contentPath;
  }

  readAll(): void {
    if (!existsSync(this.contentDir)) {
      this.problems.push(error(this.rel(this.contentDir) || 'content', '', 'folder not found', 'create it, or point MARGINALIA_CONTENT_DIR at the content folder'));
      return;
    }
    this.readSite();
    this.bundle.verdicts = this.readList('verdicts.yaml', verdictSchema, this.bundle.declared.verdicts);
    this.bundle.glossary = this.readList('glossary.yaml', glossaryTermSchema);
    for (const file of this.filesIn('sources', '.yaml')) this.readSource(file);
    for (const file of this.filesIn('datasets', '.yaml')) this.readDataset(file);
    for (const file of this.filesIn('originals', '.md')) this.readOriginal(file);
    for (const story of this.foldersIn('claims')) {
      for (const file of this.filesIn(join('claims', story), '.yaml')) this.readClaim(story, file);
    }
    for (const story of this.foldersIn('stories')) this.readStory(story);
  }

  private rel(path: string): string {
    return relative(this.root, path).split('\\').join('/');
  }

  private filesIn(folder: string, extension: string): string[] {
    const dir = join(this.contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension) && statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => join(dir, name));
  }

  private foldersIn(folder: string): string[] {
    const dir = join(this.contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
  }

  /** Reads a file as UTF-8 text, or records why it cannot be read. */
  private readText(path: string): string | undefined {
    const decoded = decodeText(readFileSync(path));
    if (decoded.ok) return decoded.text;
    this.problems.push(error(this.rel(path), '', decoded.message, decoded.fix));
    return undefined;
  }

  private readYamlFile(path: string): unknown {
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const parsed = parseYaml(text);
    if (parsed.ok) return parsed.data;
    this.problems.push(error(this.rel(path), '', parsed.message, parsed.fix ?? 'check the indentation and that text containing ": " or "#" is in quotes'));
    return undefined;
  }

  /** Validates data against a schema; returns the parsed value or undefined after recording problems. */
  private validate<S extends z.ZodType>(file: string, schema: S, data: unknown, prefix: PropertyKey[] = []): z.infer<S> | undefined {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      this.problems.push(error(file, prefix.length ? String(prefix.join('.')) : '', 'must be a mapping of fields (key: value)', 'see docs/EDITING.md for an example'));
      return undefined;
    }
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    this.problems.push(...schemaProblems(file, schema, data, result.error.issues, prefix));
    return undefined;
  }

  /** The id of a file: its name without extension, which must be a slug. */
  private idOf(path: string, extension: string): string | undefined {
    const name = path.split(/[\\/]/).at(-1)?.slice(0, -extension.length) ?? '';
    if (SLUG_PATTERN.test(name)) return name;
    this.problems.push(error(this.rel(path), '', `file name "${name}" is not a valid id`, 'rename the file to lower-case letters, digits and hyphens, e.g. canalys-2021.yaml'));
    return undefined;
  }

  private readSite(): void {
    const path = join(this.contentDir, 'site.yaml');
    if (!existsSync(path)) {
      this.problems.push(error(this.rel(path), '', 'is missing', 'create it with the site name and publisher information (see docs/EDITING.md)'));
      return;
    }
    const data = this.readYamlFile(path);
    if (data === undefined) return;
    const site = this.validate(this.rel(path), siteSchema, data);
    if (site) this.bundle.site = { file: this.rel(path), id: 'site', data: site };
  }

  private readList<S extends z.ZodType<{ id: string }>>(name: string, schema: S, declared?: Set<string>): ListItem<z.infer<S>>[] {
    const path = join(this.contentDir, name);
    const file = this.rel(path);
    if (!existsSync(path)) {
      this.problems.push(error(file, '', 'is missing', `create ${file} (see docs/EDITING.md)`));
      return [];
    }
    const data = this.readYamlFile(path);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      this.problems.push(error(file, '', 'must be a list of entries', 'start each entry with "- id: …" (see docs/EDITING.md)'));
      return [];
    }
    const items: ListItem<z.infer<S>>[] = [];
    data.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') declared?.add(id);
      const parsed = this.validate(file, schema, item, [index]);
      if (parsed) items.push({ file, id: parsed.id, data: parsed, index });
    });
    return items;
  }

  private readSource(path: string): void {
    const id = this.idOf(path, '.yaml');
    if (id !== undefined) this.bundle.declared.sources.add(id);
    const data = this.readYamlFile(path);
    if (id === undefined || data === undefined) return;
    const source = this.validate(this.rel(path), sourceSchema, data);
    if (source) this.bundle.sources.push({ file: this.rel(path), id, data: source });
  }

  private readDataset(path: string): void {
    const id = this.idOf(path, '.yaml');
    if (id !== undefined) this.bundle.declared.datasets.add(id);
    const file = this.rel(path);
    const csvPath = path.replace(/\.yaml$/, '.csv');
    const csvFile = this.rel(csvPath);
    if (!existsSync(csvPath)) {
      this.problems.push(error(file, '', `has no data file ${csvFile}`, 'put the CSV beside the metadata file with the same name'));
      return;
    }
    const data = this.readYamlFile(path);
    const csvText = this.readText(csvPath);
    if (id === undefined || data === undefined) return;
    const meta = this.validate(file, datasetMetaSchema, data);
    if (!meta || csvText === undefined) return;
    const { table, lines, problems } = parseCsv(csvText, meta.columns);
    for (const problem of problems) this.problems.push(error(csvFile, problem.field, problem.message, problem.fix));
    if (problems.length === 0) this.bundle.datasets.push({ file, id, data: meta, csvFile, table, rowLines: lines });
  }

  private readFrontmattered(path: string): { frontmatter: unknown; body: string; bodyLine: number } | undefined {
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const split = splitFrontmatter(text);
    const file = this.rel(path);
    if (!split) {
      this.problems.push(error(file, 'frontmatter', 'is missing', 'start the file with a block between two lines of three hyphens (---) holding the fields'));
      return undefined;
    }
    const parsed = parseYaml(split.frontmatter, 1);
    if (!parsed.ok) {
      this.problems.push(error(file, 'frontmatter', parsed.message, parsed.fix ?? 'check the indentation and quote text containing ": "'));
      return undefined;
    }
    return { frontmatter: parsed.data, body: split.body, bodyLine: split.bodyLine };
  }

  private readOriginal(path: string): void {
    const id = this.idOf(path, '.md');
    if (id !== undefined) this.bundle.declared.originals.add(id);
    const read = this.readFrontmattered(path);
    if (id === undefined || !read) return;
    const data = this.validate(this.rel(path), originalSchema, read.frontmatter);
    if (!data) return;
    if (read.body.trim() === '') {
      this.problems.push(error(this.rel(path), 'body', 'has no article text', 'paste the article under review below the frontmatter, verbatim'));
      return;
    }
    this.bundle.originals.push({ file: this.rel(path), id, data, body: read.body });
  }

  private readClaim(story: string, path: string): void {
    const slug = this.idOf(path, '.yaml');
    if (slug !== undefined) this.bundle.declared.claims.add(`${story}/${slug}`);
    const data = this.readYamlFile(path);
    if (slug === undefined || data === undefined) return;
    const claim = this.validate(this.rel(path), claimSchema, data);
    if (claim) this.bundle.claims.push({ file: this.rel(path), id: `${story}/${slug}`, story, slug, data: claim });
  }

  private readStory(story: string): void {
    const path = join(this.contentDir, 'stories', story, 'index.mdx');
    this.bundle.declared.stories.add(story);
    if (!SLUG_PATTERN.test(story)) {
      this.problems.push(error(this.rel(join(this.contentDir, 'stories', story)), '', `folder name "${story}" is not a valid id`, 'rename the folder to lower-case letters, digits and hyphens'));
      return;
    }
    if (!existsSync(path)) {
      this.problems.push(error(this.rel(path), '', 'is missing', `every story folder needs an index.mdx; create it or remove content/stories/${story}/`));
      return;
    }
    const read = this.readFrontmattered(path);
    if (!read) return;
    const data = this.validate(this.rel(path), storySchema, read.frontmatter);
    if (data) this.bundle.stories.push({ file: this.rel(path), id: story, data, body: read.body, bodyLine: read.bodyLine, mdx: parseStoryMdx(read.body) });
  }
}
