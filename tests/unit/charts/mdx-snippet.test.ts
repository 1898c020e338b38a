import { describe, expect, it } from 'vitest';
import { mdxSnippet, propText } from '../../../src/lib/charts/mdx-snippet.ts';

describe('propText', () => {
  it('writes strings in quotes, true as a bare name, numbers and lists in braces', () => {
    expect(propText('value', 'units')).toBe('value="units"');
    expect(propText('percent', true)).toBe('percent');
    expect(propText('highlight', 2020)).toBe('highlight={2020}');
    expect(propText('value', ['a', 'b'])).toBe('value={["a", "b"]}');
    expect(propText('annotations', [{ at: 'x', text: 'y' }])).toBe('annotations={[{ at: "x", text: "y" }]}');
  });

  it('leaves out false and undefined', () => {
    expect(propText('percent', false)).toBeNull();
    expect(propText('title', undefined)).toBeNull();
  });

  it('uses braces for text with quotes or braces', () => {
    expect(propText('text', 'the "best"')).toBe('text={"the \\"best\\""}');
  });
});

describe('mdxSnippet', () => {
  it('writes a short tag on one line', () => {
    expect(mdxSnippet({ component: 'BarChart', props: { dataset: 'd', value: 'units' } })).toBe('<BarChart dataset="d" value="units" />');
  });

  it('puts the props of a long tag one per line', () => {
    expect(mdxSnippet({ component: 'BarChart', props: { dataset: 'global-shipments-2021', label: 'vendor', value: 'units', sort: 'desc' } })).toBe(
      ['<BarChart', '  dataset="global-shipments-2021"', '  label="vendor"', '  value="units"', '  sort="desc"', '/>'].join('\n'),
    );
  });

  it('indents children and text', () => {
    const snippet = mdxSnippet({
      component: 'Scrolly',
      props: { dataset: 'd' },
      children: [{ component: 'Step', props: { highlight: '2019' }, children: ['Peak.'] }, { component: 'Annotation', props: { at: 'a', text: 'b' } }],
    });
    expect(snippet).toBe(['<Scrolly dataset="d">', '  <Step highlight="2019">', '    Peak.', '  </Step>', '  <Annotation at="a" text="b" />', '</Scrolly>'].join('\n'));
  });
});
