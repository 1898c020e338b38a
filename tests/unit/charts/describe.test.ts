import { describe, expect, it } from 'vitest';
import {
  describeBarChart,
  describeLineChart,
  describeStackedBarChart,
  describeTimeline,
  listText,
  overallTrend,
  trendOf,
} from '../../../src/lib/charts/describe.ts';

const NB = '\u00A0';

describe('wording helpers', () => {
  it('joins lists with commas and "and"', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('describeBarChart', () => {
  const base = { title: 'Car sales 2023', unit: 'million units', seriesNames: ['Sales'] };

  it('names the largest and smallest bars with formatted values', () => {
    const text = describeBarChart({
      ...base,
      categories: ['Japan', 'Chile', 'Peru'],
      data: [
        { label: 'Japan', value: 191.2 },
        { label: 'Chile', value: 3.4 },
        { label: 'Peru', value: 10 },
      ],
    });
    expect(text).toBe(
      `Car sales 2023: bar chart of 3 categories. Largest: Japan, 191.2${NB}million${NB}units. Smallest: Chile, 3.4${NB}million${NB}units.`,
    );
  });

  it('lists bars without data', () => {
    const text = describeBarChart({
      ...base,
      categories: ['Japan', 'Peru'],
      data: [
        { label: 'Japan', value: 1 },
        { label: 'Peru', value: null },
      ],
    });
    expect(text).toContain('Only one value: Japan');
    expect(text).toContain('No data for Peru.');
  });

  it('names the series of grouped bars', () => {
    const text = describeBarChart({
      ...base,
      seriesNames: ['2022', '2023'],
      categories: ['Japan'],
      data: [
        { label: 'Japan', series: '2022', value: 5 },
        { label: 'Japan', series: '2023', value: 7 },
      ],
    });
    expect(text).toContain('grouped bar chart of 1 category in 2 series (2022 and 2023)');
    expect(text).toContain(`Largest: Japan (2023), 7${NB}million${NB}units.`);
  });

  it('says there is no data for an empty chart', () => {
    expect(describeBarChart({ ...base, categories: [], data: [] })).toBe('Car sales 2023: bar chart with no data.');
  });

  it('says there is no data when every value is missing', () => {
    const text = describeBarChart({ ...base, categories: ['A'], data: [{ label: 'A', value: null }] });
    expect(text).toBe('Car sales 2023: bar chart of 1 category, with no data for any of them.');
  });
});

describe('trends', () => {
  it('reads rising, falling and flat from first and last values', () => {
    expect(trendOf(1, 2)).toBe('rising');
    expect(trendOf(2, 1)).toBe('falling');
    expect(trendOf(2, 2)).toBe('flat');
  });

  it('is mixed when series disagree', () => {
    expect(overallTrend(['rising', 'rising'])).toBe('rising');
    expect(overallTrend(['rising', 'falling'])).toBe('mixed');
  });
});

describe('describeLineChart', () => {
  const sales = { name: 'Japan', points: [{ x: '2010', value: 100 }, { x: '2015', value: 80 }, { x: '2020', value: 191.2 }] };

  it('gives the span, the trend with first and last values, and the extremes', () => {
    const text = describeLineChart({ title: 'Sales', unit: 'million units', from: '2010', to: '2020', series: [sales] });
    expect(text).toBe(
      `Sales: line chart from 2010 to 2020. ` +
        `The trend is rising: Japan rose from 100${NB}million${NB}units in 2010 to 191.2${NB}million${NB}units in 2020. ` +
        `Highest: 191.2${NB}million${NB}units in 2020. Lowest: 80${NB}million${NB}units in 2015.`,
    );
  });

  it('calls opposite series mixed and names the series at the extremes', () => {
    const chile = { name: 'Chile', points: [{ x: '2010', value: 50 }, { x: '2020', value: 20 }] };
    const text = describeLineChart({ title: 'Sales', unit: '%', from: '2010', to: '2020', series: [sales, chile] });
    expect(text).toContain('line chart of 2 series from 2010 to 2020');
    expect(text).toContain(`The trend is mixed: Japan rose from 100${NB}% in 2010 to 191.2${NB}% in 2020; Chile fell from 50${NB}% in 2010 to 20${NB}% in 2020.`);
    expect(text).toContain(`Highest: Japan, 191.2${NB}% in 2020. Lowest: Chile, 20${NB}% in 2020.`);
  });

  it('mentions gaps from missing values', () => {
    const gappy = { name: 'Japan', points: [{ x: '2010', value: 1 }, { x: '2015', value: null }, { x: '2020', value: 2 }] };
    expect(describeLineChart({ title: 'S', from: '2010', to: '2020', series: [gappy] })).toContain('Some values are missing');
  });

  it('says there is no data for an empty chart', () => {
    expect(describeLineChart({ title: 'Sales', from: '', to: '', series: [] })).toBe('Sales: line chart with no data.');
  });
});

describe('describeStackedBarChart', () => {
  it('gives the largest and smallest totals of counts', () => {
    const text = describeStackedBarChart({
      title: 'Cars',
      unit: 'million units',
      mode: 'count',
      partNames: ['Domestic', 'Overseas'],
      categories: [
        { label: '2019', total: 10, firstShare: 40 },
        { label: '2020', total: 12, firstShare: 50 },
      ],
    });
    expect(text).toBe(
      `Cars: stacked bar chart of 2 categories, each split into Domestic and Overseas. Largest total: 2020, 12${NB}million${NB}units. Smallest total: 2019, 10${NB}million${NB}units.`,
    );
  });

  it('gives the range of the first part\'s share in share mode', () => {
    const text = describeStackedBarChart({
      title: 'Cars',
      mode: 'share',
      partNames: ['Domestic', 'Overseas'],
      categories: [
        { label: '2019', total: 10, firstShare: 40 },
        { label: '2020', total: null, firstShare: null },
        { label: '2021', total: 12, firstShare: 62.5 },
      ],
    });
    expect(text).toContain(`Domestic ranges from 40${NB}% (2019) to 62.5${NB}% (2021).`);
    expect(text).toContain('Missing or incomplete data for 2020.');
  });

  it('names the largest single share in share mode when given', () => {
    const text = describeStackedBarChart({
      title: 'Cars',
      mode: 'share',
      partNames: ['Domestic', 'Overseas'],
      categories: [{ label: '2019', total: 10, firstShare: 40 }],
      largestShare: { category: '2019', part: 'Overseas', share: 60 },
    });
    expect(text).toBe(`Cars: stacked bar chart of shares of 1 category, each split into Domestic and Overseas. Domestic ranges from 40${NB}% (2019) to 40${NB}% (2019). Largest share: Overseas in 2019, 60${NB}%.`);
  });

  it('says there is no data for an empty chart', () => {
    expect(describeStackedBarChart({ title: 'Cars', mode: 'count', partNames: ['A'], categories: [] })).toBe('Cars: stacked bar chart with no data.');
  });
});

describe('describeTimeline', () => {
  it('gives the number of events and the first and last', () => {
    const text = describeTimeline('History', [
      { date: '2019', label: 'Founded' },
      { date: '2020', label: 'Expanded' },
      { date: '2023', label: 'Sold' },
    ]);
    expect(text).toBe('History: timeline of 3 events from 2019 to 2023. First: 2019, Founded. Last: 2023, Sold.');
  });

  it('describes a single event', () => {
    expect(describeTimeline('History', [{ date: '2019', label: 'Founded' }])).toBe('History: timeline of 1 event: 2019, Founded.');
  });

  it('says there is no data without events', () => {
    expect(describeTimeline('History', [])).toBe('History: timeline with no data.');
  });
});
