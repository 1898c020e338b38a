import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { error } from '../../../src/lib/content/problem.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { parseStoryMdx } from '../../../src/lib/content/story-mdx.ts';
import { FixtureCopy, removeCopies, VALID_ROOT } from '../../content/mutate-fixture.ts';

const SOURCE = 'title: A source\npublisher: Office\nurl: https://example.org/a\naccessed: 2026-11-25\nkind: news\n';
const CLAIM_FILE = 'content/claims/demo/future.yaml';

afterEach(removeCopies);

/** The valid fixture copied, with `edit` applied, read back. */
function readEdited(edit: (copy: FixtureCopy) => unknown) {
  const copy = new FixtureCopy();
  edit(copy);
  return readContent(copy.root);
}

describe('readContent: the valid fixture', () => {
  const { bundle, problems } = readContent(VALID_ROOT);

  it('reads it without a problem', () => {
    expect(problems).toEqual([]);
  });

  it('reads site.yaml as the one site entry', () => {
    expect(bundle.site).toMatchObject({ file: 'content/site.yaml', id: 'site', data: { name: 'Fixture Checks', language: 'en' } });
  });

  it('reads verdicts.yaml and glossary.yaml as list items, each with its index', () => {
    expect(bundle.verdicts.map((item) => [item.file, item.index, item.id])).toEqual([
      ['content/verdicts.yaml', 0, 'true'],
      ['content/verdicts.yaml', 1, 'misleading'],
      ['content/verdicts.yaml', 2, 'false'],
      ['content/verdicts.yaml', 3, 'opinion'],
    ]);
    expect(bundle.glossary.map((item) => [item.file, item.index, item.id, item.data.matches])).toEqual([['content/glossary.yaml', 0, 'widget', ['widgets']]]);
  });

  it('takes the id of a source from its file name', () => {
    expect(bundle.sources.map((s) => [s.file, s.id])).toEqual([
      ['content/sources/news-report.yaml', 'news-report'],
      ['content/sources/stats-office.yaml', 'stats-office'],
    ]);
  });

  it('reads a dataset with its CSV beside it, typed by the declared columns', () => {
    const [dataset] = bundle.datasets;
    expect([dataset?.file, dataset?.csvFile, dataset?.id]).toEqual(['content/datasets/widget-sales.yaml', 'content/datasets/widget-sales.csv', 'widget-sales']);
    expect(dataset?.table.rows[0]).toEqual({ region: 'global', year: 2021, units: 190.3, date: '2022-01-27', source: 'stats-office' });
    expect(dataset?.table.columns.map((c) => c.name)).toEqual(['region', 'year', 'units', 'date', 'source']);
    expect(dataset?.rowLines).toEqual([2, 3, 4]);
  });

  it('reads an original with its article text, verbatim, after the frontmatter', () => {
    const [original] = bundle.originals;
    expect([original?.file, original?.id, original?.data.published]).toEqual(['content/originals/demo.md', 'demo', '2022']);
    expect(original?.body).toMatch(/^Widget maker sold 190 million widgets in 2021, .* The company will certainly win in the future\.\n$/);
  });

  it('gives a claim the id story/slug from its folder and file name', () => {
    expect(bundle.claims.map((c) => [c.file, c.id, c.story, c.slug])).toEqual([
      ['content/claims/demo/future.yaml', 'demo/future', 'demo', 'future'],
      ['content/claims/demo/overseas.yaml', 'demo/overseas', 'demo', 'overseas'],
    ]);
  });

  it('gives a story the id of its folder, its body, the line the body starts on, and the body parsed once', () => {
    const [story] = bundle.stories;
    expect([story?.file, story?.id, story?.bodyLine]).toEqual(['content/stories/demo/index.mdx', 'demo', 16]);
    expect(story?.body.startsWith("The maker's sales<Cite source=\"news-report\" /> grew.")).toBe(true);
    expect(story?.mdx).toEqual(parseStoryMdx(story?.body ?? ''));
    expect(story?.mdx.usages.map((u) => u.component)).toEqual(['Cite', 'Claim', 'BarChart', 'Claim']);
  });

  it('applies the schema defaults', () => {
    expect(bundle.claims.find((c) => c.slug === 'future')?.data.figures).toEqual([]);
    expect(bundle.claims.find((c) => c.slug === 'overseas')?.data.figures[0]?.compute?.scale).toBe(1);
  });

  it('declares the id of every file it read', () => {
    expect(bundle.declared).toEqual({
      stories: new Set(['demo']),
      originals: new Set(['demo']),
      sources: new Set(['news-report', 'stats-office']),
      datasets: new Set(['widget-sales']),
      claims: new Set(['demo/future', 'demo/overseas']),
      verdicts: new Set(['true', 'misleading', 'false', 'opinion']),
    });
  });
});

describe('readContent: paths', () => {
  it('reads the content folder it is given, naming files relative to the root', () => {
    const root = join(VALID_ROOT, '../..');
    const { bundle, problems } = readContent(root, join(VALID_ROOT, 'content'));
    expect(problems).toEqual([]);
    expect(bundle.sources.map((s) => s.file)).toEqual(['fixtures/valid/content/sources/news-report.yaml', 'fixtures/valid/content/sources/stats-office.yaml']);
  });

  it('reports a content folder that does not exist, and reads nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'marginalia-read-content-'));
    try {
      expect(readContent(root)).toEqual({
        bundle: expect.objectContaining({ stories: [], sources: [], site: undefined }),
        problems: [error('content', '', 'folder not found', 'create it, or point MARGINALIA_CONTENT_DIR at the content folder')],
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('readContent: order', () => {
  it('reads sources in file-name order, whatever order they were written in', () => {
    const { bundle } = readEdited((copy) => copy.write('content/sources/zz-last.yaml', SOURCE).write('content/sources/aa-first.yaml', SOURCE).write('content/sources/mm-middle.yaml', SOURCE));
    expect(bundle.sources.map((s) => s.id)).toEqual(['aa-first', 'mm-middle', 'news-report', 'stats-office', 'zz-last']);
  });

  it('reads claims folder by folder, then file by file, in name order', () => {
    const { bundle } = readEdited((copy) => {
      copy.write('content/claims/alpha/b.yaml', copy.read(CLAIM_FILE)).write('content/claims/alpha/a.yaml', copy.read(CLAIM_FILE));
    });
    expect(bundle.claims.map((c) => c.id)).toEqual(['alpha/a', 'alpha/b', 'demo/future', 'demo/overseas']);
  });

  it('reports problems in reading order: site, verdicts, glossary, sources, datasets, originals, claims, stories', () => {
    const { problems } = readEdited((copy) =>
      copy
        .remove('content/stories/demo/index.mdx')
        .write(CLAIM_FILE, 'quote: x\n')
        .write('content/originals/demo.md', '---\ntitle: x\n---\nText.')
        .remove('content/datasets/widget-sales.csv')
        .write('content/sources/news-report.yaml', 'title: x\n')
        .write('content/glossary.yaml', '{}')
        .write('content/verdicts.yaml', '{}')
        .remove('content/site.yaml'),
    );
    expect([...new Set(problems.map((p) => p.file))]).toEqual([
      'content/site.yaml',
      'content/verdicts.yaml',
      'content/glossary.yaml',
      'content/sources/news-report.yaml',
      'content/datasets/widget-sales.yaml',
      'content/originals/demo.md',
      CLAIM_FILE,
      'content/stories/demo/index.mdx',
    ]);
  });
});

describe('readContent: ids from file names', () => {
  it('refuses a file name that is not a slug, and reads nothing from it', () => {
    const { bundle, problems } = readEdited((copy) => copy.write('content/sources/Canalys_2021.yaml', SOURCE));
    expect(problems).toEqual([
      error('content/sources/Canalys_2021.yaml', '', 'file name "Canalys_2021" is not a valid id', 'rename the file to lower-case letters, digits and hyphens, e.g. canalys-2021.yaml'),
    ]);
    expect(bundle.sources.map((s) => s.id)).toEqual(['news-report', 'stats-office']);
    expect(bundle.declared.sources.has('Canalys_2021')).toBe(false);
  });

  it('refuses a claim file name that is not a slug', () => {
    const { bundle, problems } = readEdited((copy) => copy.rename(CLAIM_FILE, 'content/claims/demo/Future.yaml'));
    expect(problems.map((p) => [p.file, p.message])).toEqual([['content/claims/demo/Future.yaml', 'file name "Future" is not a valid id']]);
    expect(bundle.claims.map((c) => c.id)).toEqual(['demo/overseas']);
  });

  it('refuses a story folder name that is not a slug, but declares it', () => {
    const { bundle, problems } = readEdited((copy) => copy.write('content/stories/My Story/index.mdx', copy.read('content/stories/demo/index.mdx')));
    expect(problems).toEqual([error('content/stories/My Story', '', 'folder name "My Story" is not a valid id', 'rename the folder to lower-case letters, digits and hyphens')]);
    expect(bundle.stories.map((s) => s.id)).toEqual(['demo']);
    expect(bundle.declared.stories).toEqual(new Set(['My Story', 'demo']));
  });

  it('reads only files with the extension of their kind, and no folders', () => {
    const { bundle, problems } = readEdited((copy) =>
      copy.write('content/sources/notes.txt', 'scratch').write('content/sources/old.yaml/inside.yaml', SOURCE).write('content/originals/demo.txt', 'scratch').write('content/claims/demo/draft.yml', 'quote: x\n'),
    );
    expect(problems).toEqual([]);
    expect([bundle.sources.length, bundle.originals.length, bundle.claims.length]).toEqual([2, 1, 2]);
  });
});

describe('readContent: declared ids', () => {
  it('declares a source that does not validate, so references to it are not reported twice', () => {
    const { bundle, problems } = readEdited((copy) => copy.write('content/sources/news-report.yaml', 'title: Only a title\n'));
    expect(problems.every((p) => p.file === 'content/sources/news-report.yaml')).toBe(true);
    expect(bundle.sources.map((s) => s.id)).toEqual(['stats-office']);
    expect(bundle.declared.sources).toEqual(new Set(['news-report', 'stats-office']));
  });

  it('declares a source whose YAML does not parse', () => {
    const { bundle } = readEdited((copy) => copy.write('content/sources/news-report.yaml', 'title: [unclosed\n'));
    expect(bundle.declared.sources.has('news-report')).toBe(true);
  });

  it('declares a claim that does not validate as story/slug', () => {
    const { bundle } = readEdited((copy) => copy.write(CLAIM_FILE, 'quote: x\n'));
    expect(bundle.claims.map((c) => c.id)).toEqual(['demo/overseas']);
    expect(bundle.declared.claims).toEqual(new Set(['demo/future', 'demo/overseas']));
  });

  it('declares a dataset whose CSV is missing', () => {
    const { bundle, problems } = readEdited((copy) => copy.remove('content/datasets/widget-sales.csv'));
    expect(problems).toEqual([error('content/datasets/widget-sales.yaml', '', 'has no data file content/datasets/widget-sales.csv', 'put the CSV beside the metadata file with the same name')]);
    expect(bundle.datasets).toEqual([]);
    expect(bundle.declared.datasets).toEqual(new Set(['widget-sales']));
  });

  it('declares an original without article text', () => {
    const { bundle, problems } = readEdited((copy) => copy.write('content/originals/demo.md', `${copy.read('content/originals/demo.md').split('---\n').slice(0, 2).join('---\n')}---\n\n`));
    expect(problems).toEqual([error('content/originals/demo.md', 'body', 'has no article text', 'paste the article under review below the frontmatter, verbatim')]);
    expect(bundle.originals).toEqual([]);
    expect(bundle.declared.originals).toEqual(new Set(['demo']));
  });

  it('declares a story folder without index.mdx', () => {
    const { bundle, problems } = readEdited((copy) => copy.write('content/stories/draft/notes.md', 'notes'));
    expect(problems).toEqual([error('content/stories/draft/index.mdx', '', 'is missing', 'every story folder needs an index.mdx; create it or remove content/stories/draft/')]);
    expect(bundle.declared.stories).toEqual(new Set(['demo', 'draft']));
  });

  it('declares every id written in verdicts.yaml, the entries that do not validate included', () => {
    const { bundle, problems } = readEdited((copy) => copy.append('content/verdicts.yaml', '- id: unproven\n  label: Unproven\n'));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^\[4\]\./)]));
    expect(bundle.verdicts.map((v) => v.id)).toEqual(['true', 'misleading', 'false', 'opinion']);
    expect(bundle.declared.verdicts.has('unproven')).toBe(true);
  });
});

describe('readContent: what each kind of file must be', () => {
  it('reports a missing site.yaml, verdicts.yaml and glossary.yaml', () => {
    const { bundle, problems } = readEdited((copy) => copy.remove('content/site.yaml').remove('content/verdicts.yaml').remove('content/glossary.yaml'));
    expect(problems).toEqual([
      error('content/site.yaml', '', 'is missing', 'create it with the site name and publisher information (see docs/EDITING.md)'),
      error('content/verdicts.yaml', '', 'is missing', 'create content/verdicts.yaml (see docs/EDITING.md)'),
      error('content/glossary.yaml', '', 'is missing', 'create content/glossary.yaml (see docs/EDITING.md)'),
    ]);
    expect([bundle.site, bundle.verdicts, bundle.glossary]).toEqual([undefined, [], []]);
  });

  it('names a missing file where it was looked for when the content folder has another name', () => {
    const copy = new FixtureCopy().rename('content', 'elsewhere').remove('elsewhere/site.yaml').remove('elsewhere/glossary.yaml');
    expect(readContent(copy.root, copy.path('elsewhere')).problems).toEqual([
      error('elsewhere/site.yaml', '', 'is missing', 'create it with the site name and publisher information (see docs/EDITING.md)'),
      error('elsewhere/glossary.yaml', '', 'is missing', 'create elsewhere/glossary.yaml (see docs/EDITING.md)'),
    ]);
  });

  it('needs the list files to be lists', () => {
    const { problems } = readEdited((copy) => copy.write('content/glossary.yaml', 'id: widget\nterm: widget\n'));
    expect(problems).toEqual([error('content/glossary.yaml', '', 'must be a list of entries', 'start each entry with "- id: …" (see docs/EDITING.md)')]);
  });

  it('names a list entry that does not validate by its index', () => {
    const { bundle, problems } = readEdited((copy) => copy.append('content/glossary.yaml', '- id: gms\n  term: GMS\n'));
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/glossary.yaml', '[1].definition']]);
    expect(bundle.glossary.map((g) => g.id)).toEqual(['widget']);
  });

  it('needs a YAML entry file to be a mapping of fields', () => {
    const { problems } = readEdited((copy) => copy.write('content/sources/news-report.yaml', '- title: A list, not a mapping\n'));
    expect(problems).toEqual([error('content/sources/news-report.yaml', '', 'must be a mapping of fields (key: value)', 'see docs/EDITING.md for an example')]);
  });

  it('reports YAML that does not parse with the advice on quotes and indentation', () => {
    const { problems } = readEdited((copy) => copy.write('content/sources/news-report.yaml', 'title: [unclosed\n'));
    expect(problems).toEqual([
      { severity: 'error', file: 'content/sources/news-report.yaml', field: '', message: expect.stringMatching(/^is not valid YAML at line \d+/), fix: 'check the indentation and that text containing ": " or "#" is in quotes' },
    ]);
  });

  it('reports an invisible character pasted into a YAML file, where the build would stop with a stack trace', () => {
    const { problems } = readEdited((copy) => copy.write('content/sources/news-report.yaml', 'title: "A widget \u001b report"\n'));
    expect(problems).toEqual([
      error('content/sources/news-report.yaml', '', 'has an invisible character (U+001B) at line 1, column 18, which YAML does not allow', 'delete it: retype the text around that place (such characters often come with text copied from a PDF or a chat app)'),
    ]);
  });

  it('reports a file that is not UTF-8 text', () => {
    const { problems } = readEdited((copy) => copy.write('content/sources/news-report.yaml', new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a])));
    expect(problems).toEqual([error('content/sources/news-report.yaml', '', 'is not valid UTF-8 text (perhaps Latin-1, GBK or Windows-1252)', 'save the file as UTF-8')]);
  });

  it('reports a CSV value that does not fit its column against the CSV, and keeps the dataset out', () => {
    const { bundle, problems } = readEdited((copy) => copy.replace('content/datasets/widget-sales.csv', 'global,2021,190.3', 'global,2021,lots'));
    expect(problems).toEqual([error('content/datasets/widget-sales.csv', 'line 2 › units', '"lots" is not a number (column type number)', 'write plain digits with a dot for decimals and no thousands separators or units, e.g. 191.2')]);
    expect(bundle.datasets).toEqual([]);
  });

  it('reports frontmatter that is missing from an original or a story', () => {
    const { problems } = readEdited((copy) => copy.write('content/originals/demo.md', 'Just the article.\n'));
    expect(problems).toEqual([error('content/originals/demo.md', 'frontmatter', 'is missing', 'start the file with a block between two lines of three hyphens (---) holding the fields')]);
  });

  it('counts the lines of frontmatter YAML that does not parse from the top of the file', () => {
    const { problems } = readEdited((copy) => copy.replace('content/originals/demo.md', 'title: Widget maker sells', 'title: Widget maker: sells'));
    expect(problems).toEqual([{ severity: 'error', file: 'content/originals/demo.md', field: 'frontmatter', message: expect.stringMatching(/^is not valid YAML at line 2: /), fix: 'check the indentation and quote text containing ": "' }]);
  });

  it('keeps a story whose MDX does not parse, with the syntax error for the checks to word', () => {
    const { bundle, problems } = readEdited((copy) => copy.append('content/stories/demo/index.mdx', '\n<Claim id="x">\n'));
    expect(problems).toEqual([]);
    expect(bundle.stories[0]?.mdx.syntaxError?.reason).toMatch(/^Expected a closing tag for `<Claim>`/);
  });
});
