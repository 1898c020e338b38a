import { describe, expect, it } from 'vitest';
import { checkStoryUsages } from '../../../src/lib/integrity/check-story-usages.ts';
import { bundleOf, claim, salesDataset, scale, source, story, term, type ExtraDeclared } from './make-bundle.ts';

const STORY = 'content/stories/demo/index.mdx';

function bundleWith(body: string, bodyLine = 1, declared: ExtraDeclared = {}) {
  return bundleOf({
    stories: [story('demo', body, {}, bodyLine)],
    claims: [claim('demo', 'sales'), claim('demo', 'future'), claim('other', 'elsewhere')],
    sources: [source('stats'), source('news')],
    datasets: [salesDataset()],
    verdicts: scale(),
    glossary: [term(0, 'widget')],
    declared,
  });
}

describe('checkStoryUsages', () => {
  it('accepts every component naming things that exist', () => {
    const body = [
      'Sales<Cite source="stats" /> grew, says <Term id="widget" />.',
      '<Claim id="sales" />',
      '<Verdict id="misleading" />',
      '<BarChart dataset="sales" label="region" value={["units"]} />',
      '<VerdictScale />',
      '<ClaimsSummary />',
      '<References />',
    ].join('\n');
    expect(checkStoryUsages(bundleWith(body))).toEqual([]);
  });

  it('reports an unknown component with its line in the file and the closest components', () => {
    const problems = checkStoryUsages(bundleWith('Text.\n\n<Cliam id="sales" />', 10));
    expect(problems).toEqual([
      { severity: 'error', file: STORY, field: 'line 12 <Cliam>', message: 'unknown component <Cliam>', fix: 'use one of the story components (known: Claim, Cite, Term, Step …)' },
    ]);
  });

  it('accepts an <Annotation> inside a chart and a <Step> inside a <Scrolly>', () => {
    const body = [
      '<BarChart dataset="sales" label="region" value="units">',
      '  <Annotation at="global" text="Largest" />',
      '</BarChart>',
      '<Scrolly dataset="sales" chart="bar" label="region" value="units">',
      '  <Step highlight="global">Text.</Step>',
      '</Scrolly>',
    ].join('\n');
    expect(checkStoryUsages(bundleWith(body))).toEqual([]);
  });

  it('reports an <Annotation> outside a chart, which would be silently ignored', () => {
    const problems = checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" />\n<Annotation at="north" text="Largest" />', 5));
    expect(problems).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 6 <Annotation>',
        message: 'is only read inside a chart (<BarChart>, <LineChart>, <StackedBar>); here it would be ignored',
        fix: 'move it between the opening and closing tags, as in <BarChart …><Annotation … /></BarChart>',
      },
    ]);
  });

  it('reports a <Step> outside a <Scrolly>, naming what it is inside instead', () => {
    const problems = checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units">\n<Step>Text.</Step>\n</BarChart>'));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['line 2 <Step>', 'is only read inside <Scrolly>, not inside <BarChart>']]);
  });

  it('reports an <Annotation> inside a <Timeline>, which labels its events itself', () => {
    const problems = checkStoryUsages(bundleWith('<Timeline dataset="sales" date="year" text="region">\n<Annotation at="north" text="Largest" />\n</Timeline>'));
    expect(problems.map((p) => [p.field, p.message])).toContainEqual(['line 2 <Annotation>', 'is only read inside a chart (<BarChart>, <LineChart>, <StackedBar>), not inside <Timeline>']);
  });

  it('reports a missing required prop', () => {
    expect(checkStoryUsages(bundleWith('<Claim />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <Claim>', message: 'is missing the `id` prop', fix: 'write it as id="…"' },
    ]);
  });

  it('reports a claim id that is not in the story\'s own claims folder', () => {
    expect(checkStoryUsages(bundleWith('<Claim id="elsewhere" />'))).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 1 <Claim id="elsewhere">',
        message: 'no claim "elsewhere" in content/claims/demo/ (known: future, sales)',
        fix: 'fix the id, or add content/claims/demo/elsewhere.yaml',
      },
    ]);
  });

  it('does not call a claim missing when its file exists but is invalid', () => {
    expect(checkStoryUsages(bundleWith('<Claim id="broken" />', 1, { claims: ['demo/broken'] }))).toEqual([]);
  });

  it('reports an unknown <Cite source>', () => {
    expect(checkStoryUsages(bundleWith('<Cite source="stat" />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <Cite source="stat">', message: 'no source "stat" (known: stats, news)', fix: 'fix the id, or add content/sources/stat.yaml' },
    ]);
  });

  it('does not call a cited source missing when its file exists but is invalid', () => {
    expect(checkStoryUsages(bundleWith('<Cite source="broken" />', 1, { sources: ['broken'] }))).toEqual([]);
  });

  it('reports an unknown glossary term', () => {
    expect(checkStoryUsages(bundleWith('<Term id="gizmo" />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <Term id="gizmo">', message: 'no glossary term "gizmo" (known: widget)', fix: 'add it to content/glossary.yaml or fix the id' },
    ]);
  });

  it('reports a <Verdict> that is not on the rating scale', () => {
    expect(checkStoryUsages(bundleWith('<Verdict id="ture" />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <Verdict id="ture">', message: '"ture" is not on the rating scale (known: true, false, opinion, misleading)', fix: 'use an id from content/verdicts.yaml' },
    ]);
  });

  it('reports a chart naming an unknown dataset', () => {
    expect(checkStoryUsages(bundleWith('<LineChart dataset="sale" x="year" y="units" />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <LineChart dataset="sale">', message: 'no dataset "sale" (known: sales)', fix: 'fix the id, or add content/datasets/sale.csv with its .yaml' },
    ]);
  });

  it('does not call a dataset missing when its file exists but is invalid', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="broken" label="region" value="units" />', 1, { datasets: ['broken'] }))).toEqual([]);
  });

  it('reports a column prop naming a column the dataset does not declare', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="unit" />'))).toEqual([
      { severity: 'error', file: STORY, field: 'line 1 <BarChart value="unit">', message: 'dataset "sales" has no column "unit" (known: units, year, region)', fix: 'use a column declared in content/datasets/sales.yaml' },
    ]);
  });

  it('checks every name in a list-valued column prop', () => {
    const problems = checkStoryUsages(bundleWith('<LineChart dataset="sales" x="year" y={["units", "yaer", "unit"]} />'));
    expect(problems.map((p) => p.field)).toEqual(['line 1 <LineChart y="yaer">', 'line 1 <LineChart y="unit">']);
  });

  it('reports a number prop naming a column of the wrong type, with the columns that would fit', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="units" value="region" />'))).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 1 <BarChart value="region">',
        message: 'column "region" of dataset "sales" has the wrong type: it is string, and value needs a number or integer column',
        fix: 'use one of: year (integer), units (number)',
      },
    ]);
  });

  it('checks the type of every column in a list-valued number prop', () => {
    const problems = checkStoryUsages(bundleWith('<LineChart dataset="sales" x="year" y={["units", "region"]} />', 5));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['line 5 <LineChart y="region">', 'column "region" of dataset "sales" has the wrong type: it is string, and y needs a number or integer column'],
    ]);
  });

  it('reports a date prop naming a column that is not a date', () => {
    expect(checkStoryUsages(bundleWith('<Timeline dataset="sales" date="year" text="region" />'))).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 1 <Timeline date="year">',
        message: 'column "year" of dataset "sales" has the wrong type: it is integer, and date needs a date column',
        fix: 'declare a date column in content/datasets/sales.yaml',
      },
    ]);
  });

  it('checks column types on a <Scrolly> as on the charts', () => {
    const problems = checkStoryUsages(bundleWith('<Scrolly dataset="sales" chart="line" x="region" y="units">\n<Step highlight="global">Text.</Step>\n</Scrolly>'));
    expect(problems.map((p) => p.field)).toEqual(['line 1 <Scrolly x="region">']);
  });

  it('does not type-check props that accept any column, such as label', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="year" value="units" />'))).toEqual([]);
  });

  it('reports a where filter on a column the dataset does not have', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" where="regoin=china" />'))).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 1 <BarChart where="regoin=china">',
        message: 'dataset "sales" has no column "regoin" to filter on (known: region, year, units)',
        fix: 'use a column declared in content/datasets/sales.yaml',
      },
    ]);
  });

  it('reports a where text that is not a filter', () => {
    const problems = checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" where="china" />'));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['line 1 <BarChart where="china">', 'is not a row filter']]);
  });

  it('accepts where filters on existing columns', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" where="year=2021&region!=europe" />'))).toEqual([]);
  });

  it('does not check props that do not name columns', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" title="units by regin" note="yaer" />'))).toEqual([]);
  });

  it('reports a prop the component does not take, with the props it does', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" caption="yaer" />'))).toEqual([
      {
        severity: 'error',
        file: STORY,
        field: 'line 1 <BarChart caption>',
        message: 'unknown prop "caption"',
        fix: '<BarChart> takes dataset, title, note, where, from, to, highlight, annotations, label, value, series, sort, orientation, valueLabels',
      },
    ]);
  });

  it('suggests the prop an unknown one is a typo of', () => {
    expect(checkStoryUsages(bundleWith('<BarChart dataset="sales" label="region" value="units" hightlight="china" />'))[0]?.fix).toBe(
      'did you mean highlight? <BarChart> takes dataset, title, note, where, from, to, highlight, annotations, label, value, series, sort, orientation, valueLabels',
    );
  });

  it('ignores usages inside code', () => {
    expect(checkStoryUsages(bundleWith('```mdx\n<Claim id="nope" />\n```\nUse `<Cite source="x" />`.'))).toEqual([]);
  });
});
