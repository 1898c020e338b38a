import { describe, expect, it } from 'vitest';
import type { ChartDataset } from '../../../src/lib/charts/build-chart.ts';
import type { ScrollyBase } from '../../../src/lib/charts/scrolly-steps.ts';
import type { AnnotationProp } from '../../../src/lib/registry/prop-spec.ts';
import { buildScrollySteps, scrollyComponent, stepAnnouncement, stepChartProps, stepFromProps } from '../../../src/lib/charts/scrolly-steps.ts';
import { rects, table, texts } from './fixtures.ts';

const base: ScrollyBase = { dataset: 'huawei', label: 'year', value: 'units', where: 'market=global', title: 'Huawei' };

const dataset: ChartDataset = {
  id: 'huawei',
  title: 'Huawei shipments',
  file: 'content/datasets/huawei.yaml',
  table: table(
    [
      { name: 'year', type: 'integer' },
      { name: 'market', type: 'string' },
      { name: 'units', type: 'number', unit: 'million units' },
    ],
    [
      { year: 2019, market: 'global', units: 240.6 },
      { year: 2020, market: 'global', units: 189 },
      { year: 2021, market: 'global', units: 35 },
      { year: 2019, market: 'china', units: 140.6 },
    ],
  ),
};

describe('scrollyComponent', () => {
  it('maps the chart prop to a chart component, bars by default', () => {
    expect(scrollyComponent('line')).toBe('LineChart');
    expect(scrollyComponent('stacked')).toBe('StackedBar');
    expect(scrollyComponent(undefined)).toBe('BarChart');
  });

  it('throws for an unknown chart, listing the known ones', () => {
    expect(() => scrollyComponent('pie')).toThrow('<Scrolly chart="pie">: must be one of "bar", "line", "stacked", "timeline"');
  });
});

describe('stepChartProps', () => {
  it('keeps the Scrolly\'s props for a step that changes nothing', () => {
    expect(stepChartProps(base, {}, 1)).toEqual({ ...base, annotations: [] });
  });

  it('replaces the highlight and zoom with the step\'s', () => {
    const props = stepChartProps({ ...base, highlight: '2019', from: 2019 }, { highlight: ['2020', '2021'], to: 2020 }, 2);
    expect(props).toMatchObject({ highlight: ['2020', '2021'], from: 2019, to: 2020 });
  });

  it('adds the step\'s where to the Scrolly\'s', () => {
    expect(stepChartProps(base, { where: 'year!=2021' }, 1).where).toBe('market=global&year!=2021');
    expect(stepChartProps({ ...base, where: undefined }, { where: 'year=2020' }, 1).where).toBe('year=2020');
  });

  it('points the step\'s annotation at `at`', () => {
    expect(stepChartProps(base, { at: 2021, annotation: 'Omdia' }, 3).annotations).toEqual([{ at: 2021, text: 'Omdia' }]);
  });

  it('points the annotation at the first highlighted key when there is no `at`', () => {
    expect(stepChartProps(base, { highlight: ['2020', '2021'], annotation: 'Down' }, 2).annotations).toEqual([{ at: '2020', text: 'Down' }]);
  });

  it('keeps the Scrolly\'s own callouts and adds the step\'s list', () => {
    const props = stepChartProps({ ...base, annotations: [{ at: '2019', text: 'Peak' }] }, { annotations: [{ at: '2020', text: 'A' }], annotation: 'B', at: '2021' }, 1);
    expect((props.annotations as AnnotationProp[]).map((item) => item.text)).toEqual(['Peak', 'A', 'B']);
  });

  it('throws for an annotation with nowhere to point', () => {
    expect(() => stepChartProps(base, { annotation: 'Lost' }, 4)).toThrow('<Step annotation="Lost">: (step 4) needs at="…"');
  });
});

describe('stepFromProps', () => {
  it('accepts the step props', () => {
    expect(stepFromProps({ highlight: '2020', annotation: 'x', at: '2020', from: 2019, to: 2021, where: 'a=b' }, 1)).toMatchObject({ highlight: '2020' });
  });

  it('throws for an unknown prop, which is most likely a typo', () => {
    expect(() => stepFromProps({ hightlight: '2020' }, 2)).toThrow('<Step hightlight>: (step 2) unknown prop "hightlight". Fix: did you mean highlight? <Step> takes highlight, annotation, at, annotations, from, to, where');
  });
});

describe('stepAnnouncement', () => {
  it('says what is highlighted, the callouts, then the chart description', () => {
    expect(stepAnnouncement({ ...base, highlight: '2020', annotations: [{ at: '2020', text: 'Down to 189 M.' }] }, 'Huawei: bar chart.')).toBe(
      'Highlighted: 2020. Note: Down to 189 M. Huawei: bar chart.',
    );
  });

  it('is the description alone when the step changes nothing visible', () => {
    expect(stepAnnouncement(base, 'Huawei: bar chart.')).toBe('Huawei: bar chart.');
  });
});

describe('buildScrollySteps', () => {
  const steps = buildScrollySteps(
    'BarChart',
    base,
    dataset,
    [
      { props: { highlight: '2019' }, html: '<p>Peak.</p>' },
      { props: { highlight: '2021', annotation: 'Omdia' }, html: '<p>Collapse.</p>' },
      { props: { to: '2020' }, html: '<p>Zoom.</p>' },
    ],
    'chart-x',
  );

  it('draws each step in its own state', () => {
    expect(rects(steps[0]!.chart.layouts[0]!).map((rect) => rect.className)).toEqual(['highlight', 'muted', 'muted']);
    expect(rects(steps[1]!.chart.layouts[0]!).map((rect) => rect.className)).toEqual(['muted', 'muted', 'highlight']);
    expect(texts(steps[1]!.chart.layouts[0]!, 'annotation-text').map((text) => text.text)).toEqual(['Omdia']);
    expect(rects(steps[2]!.chart.layouts[0]!).map((rect) => rect.key)).toEqual(['2019', '2020']);
  });

  it('keeps each step\'s text and numbers the step ids', () => {
    expect(steps.map((step) => [step.id, step.html])).toEqual([
      ['chart-x-step-1', '<p>Peak.</p>'],
      ['chart-x-step-2', '<p>Collapse.</p>'],
      ['chart-x-step-3', '<p>Zoom.</p>'],
    ]);
  });

  it('announces each step with its chart\'s description', () => {
    expect(steps[1]!.announcement).toBe(`Highlighted: 2021. Note: Omdia. ${steps[1]!.chart.layouts[0]!.description}`);
  });

  it('throws without steps', () => {
    expect(() => buildScrollySteps('BarChart', base, dataset, [], 'chart-x')).toThrow('<Scrolly>: has no steps. Fix: put <Step> children inside');
  });
});
