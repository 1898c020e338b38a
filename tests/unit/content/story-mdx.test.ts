import { describe, expect, it } from 'vitest';
import { EXPRESSION, findUsages, parseStoryMdx } from '../../../src/lib/content/story-mdx.ts';

/** The fields most tests look at. */
const brief = (body: string) => findUsages(body).map(({ component, props, line }) => ({ component, props, line }));

describe('findUsages', () => {
  it('finds a self-closing tag with a string prop', () => {
    expect(brief('<Claim id="overseas" />')).toEqual([{ component: 'Claim', props: { id: 'overseas' }, line: 1 }]);
  });

  it('reads single-quoted props and string expressions', () => {
    expect(brief(`<Cite source='stats' note={"a"} other={'b'} />`)).toEqual([{ component: 'Cite', props: { source: 'stats', note: 'a', other: 'b' }, line: 1 }]);
  });

  it('reads a list prop written {["a", "b"]}', () => {
    expect(brief(`<BarChart dataset="sales" value={["region", 'units']} />`)).toEqual([{ component: 'BarChart', props: { dataset: 'sales', value: ['region', 'units'] }, line: 1 }]);
  });

  it('reads an empty list prop as an empty list', () => {
    expect(findUsages('<BarChart value={[]} />')[0]?.props).toEqual({ value: [] });
  });

  it('reads numbers, booleans, bare props and lists of objects; marks other expressions as not evaluated', () => {
    expect(findUsages('<BarChart dataset="sales" from={2020} to={-1.5} valueLabels={false} percent annotations={[{ at: "2020", text: "Peak" }]} format={(d) => d + 1} />')[0]?.props).toEqual({
      dataset: 'sales',
      from: 2020,
      to: -1.5,
      valueLabels: false,
      percent: true,
      annotations: [{ at: '2020', text: 'Peak' }],
      format: EXPRESSION,
    });
  });

  it('finds tags inline in prose, in order, with their line numbers', () => {
    const body = 'First line.\nSales<Cite source="a" /> grew<Cite source="b" />.\n\n<Claim id="c" />\n';
    expect(findUsages(body).map((u) => [u.component, u.line])).toEqual([
      ['Cite', 2],
      ['Cite', 2],
      ['Claim', 4],
    ]);
  });

  it('reports the line where a tag spanning several lines starts', () => {
    expect(brief('Intro.\n\n<LineChart\n  dataset="sales"\n  x="year"\n/>')).toEqual([{ component: 'LineChart', props: { dataset: 'sales', x: 'year' }, line: 3 }]);
  });

  it('finds opening tags of components with children, not their closing tags', () => {
    const usages = findUsages('<Scrolly dataset="sales">\n<Step>One</Step>\n</Scrolly>');
    expect(usages.map((u) => u.component)).toEqual(['Scrolly', 'Step']);
  });

  it('says whether a tag holds anything', () => {
    expect(findUsages('<Term id="gms">Google services</Term> and <Claim id="a" />').map((u) => u.hasChildren)).toEqual([true, false]);
  });

  it('leaves lower-case HTML tags out of the components', () => {
    expect(findUsages('<div class="x"><span>text</span></div>')).toEqual([]);
    expect(parseStoryMdx('<div class="x"><span>text</span></div>').usages.map((u) => u.component)).toEqual(['div', 'span']);
  });

  it('ignores tags in fenced code blocks and keeps later line numbers right', () => {
    expect(brief('```mdx\n<Claim id="example" />\n```\n<Claim id="real" />')).toEqual([{ component: 'Claim', props: { id: 'real' }, line: 4 }]);
  });

  it('ignores tags in inline code', () => {
    expect(findUsages('Write `<Cite source="id" />` after the sentence.')).toEqual([]);
  });

  it('ignores tags in MDX comments spanning lines', () => {
    expect(brief('{/* old:\n<Claim id="dropped" />\n*/}\n<Claim id="kept" />')).toEqual([{ component: 'Claim', props: { id: 'kept' }, line: 4 }]);
  });

  it('keeps a prop value containing > inside quotes', () => {
    expect(findUsages('<Annotation at="2021" text="sales > 100" />')[0]?.props).toEqual({ at: '2021', text: 'sales > 100' });
  });

  it('finds nothing in plain prose', () => {
    expect(findUsages('Sales grew from 1 to 3, more than 2.')).toEqual([]);
  });

  it('names the component a tag is written inside, innermost first, and none after it closes', () => {
    const body = ['<Scrolly dataset="s">', '<Step to="2019">', 'Text <Cite source="a" />', '</Step>', '</Scrolly>', '<Annotation at="x" text="y" />'].join('\n');
    expect(findUsages(body).map((u) => [u.component, u.parent])).toEqual([
      ['Scrolly', undefined],
      ['Step', 'Scrolly'],
      ['Cite', 'Step'],
      ['Annotation', undefined],
    ]);
  });

  it('does not take a self-closing tag for a parent', () => {
    const usages = findUsages('<BarChart dataset="s" />\n<Annotation at="x" text="y" />');
    expect(usages[1]?.parent).toBeUndefined();
  });

  it('names the chart around an annotation written on the same line', () => {
    expect(findUsages('<BarChart dataset="s"><Annotation at="x" text="y" /></BarChart>')[1]?.parent).toBe('BarChart');
  });

  it('looks through HTML tags for the enclosing component', () => {
    expect(findUsages('<BarChart dataset="s">\n<div>\n<Annotation at="x" text="y" />\n</div>\n</BarChart>')[1]?.parent).toBe('BarChart');
  });
});

describe('parseStoryMdx: syntax errors, as the build would meet them', () => {
  it('reports a stray closing tag that closes nothing, with its line', () => {
    expect(parseStoryMdx('Text.\n\n</BarChart>\n').syntaxError).toEqual({ line: 3, column: 1, reason: 'Unexpected closing tag `</BarChart>`, expected an open tag first (mdx-jsx:unexpected-character)' });
  });

  it('reports a tag opened and never closed', () => {
    expect(parseStoryMdx('One.\n\n<Claim id="x">\n\nTwo.').syntaxError).toMatchObject({ line: 3, reason: expect.stringContaining('Expected a closing tag for `<Claim>`') });
  });

  it('reports a brace that is never closed', () => {
    expect(parseStoryMdx('Sales { grew.').syntaxError).toMatchObject({ line: 1, column: 7, reason: expect.stringContaining('expected a corresponding closing brace') });
  });

  it('finds no usages in a story that does not parse', () => {
    expect(parseStoryMdx('<Claim id="a" />\n\n<Cite source="x">').usages).toEqual([]);
  });
});
