import { describe, expect, it } from 'vitest';
import { findUsages } from '../../../src/lib/content/mdx-usages.ts';

describe('findUsages', () => {
  it('finds a self-closing tag with a string prop', () => {
    expect(findUsages('<Claim id="overseas" />')).toEqual([{ component: 'Claim', props: { id: 'overseas' }, line: 1 }]);
  });

  it('reads single-quoted props and string expressions', () => {
    expect(findUsages(`<Cite source='stats' note={"a"} other={'b'} />`)).toEqual([{ component: 'Cite', props: { source: 'stats', note: 'a', other: 'b' }, line: 1 }]);
  });

  it('reads a list prop written {["a", "b"]}', () => {
    expect(findUsages(`<BarChart dataset="sales" columns={["region", 'units']} />`)).toEqual([{ component: 'BarChart', props: { dataset: 'sales', columns: ['region', 'units'] }, line: 1 }]);
  });

  it('reads an empty list prop as an empty list', () => {
    expect(findUsages('<BarChart columns={[]} />')[0]?.props).toEqual({ columns: [] });
  });

  it('leaves out props that are other expressions', () => {
    expect(findUsages('<BarChart dataset="sales" height={300} format={(d) => d + 1} horizontal />')[0]?.props).toEqual({ dataset: 'sales' });
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
    const usages = findUsages('Intro.\n\n<LineChart\n  dataset="sales"\n  x="year"\n/>');
    expect(usages).toEqual([{ component: 'LineChart', props: { dataset: 'sales', x: 'year' }, line: 3 }]);
  });

  it('finds opening tags of components with children, not their closing tags', () => {
    const usages = findUsages('<Scrolly dataset="sales">\n<Step>One</Step>\n</Scrolly>');
    expect(usages.map((u) => u.component)).toEqual(['Scrolly', 'Step']);
  });

  it('ignores lower-case HTML tags', () => {
    expect(findUsages('<div class="x"><span>text</span></div>')).toEqual([]);
  });

  it('ignores tags in fenced code blocks and keeps later line numbers right', () => {
    const body = '```mdx\n<Claim id="example" />\n```\n<Claim id="real" />';
    expect(findUsages(body)).toEqual([{ component: 'Claim', props: { id: 'real' }, line: 4 }]);
  });

  it('ignores tags in inline code', () => {
    expect(findUsages('Write `<Cite source="id" />` after the sentence.')).toEqual([]);
  });

  it('ignores tags in MDX comments spanning lines', () => {
    const body = '{/* old:\n<Claim id="dropped" />\n*/}\n<Claim id="kept" />';
    expect(findUsages(body)).toEqual([{ component: 'Claim', props: { id: 'kept' }, line: 4 }]);
  });

  it('keeps a prop value containing > inside quotes', () => {
    expect(findUsages('<Annotation at="2021" text="sales > 100" />')[0]?.props).toEqual({ at: '2021', text: 'sales > 100' });
  });

  it('finds nothing in plain prose', () => {
    expect(findUsages('Sales grew from 1 < 2 to 3 > 2.')).toEqual([]);
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

  it('ignores a stray closing tag that closes nothing', () => {
    const usages = findUsages('</BarChart>\n<LineChart dataset="s">\n</Step>\n<Annotation at="x" text="y" />\n</LineChart>');
    expect(usages.map((u) => u.parent)).toEqual([undefined, 'LineChart']);
  });
});
