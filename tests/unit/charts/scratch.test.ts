import { test } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { layoutBarChart } from '../../../src/lib/charts/bar-layout';
import { layoutLineChart } from '../../../src/lib/charts/line-layout';
import { layoutStackedBarChart } from '../../../src/lib/charts/stacked-bar-layout';
import { layoutTimeline } from '../../../src/lib/charts/timeline-layout';
import { LAYER_ORDER, type ChartLayout, type Mark } from '../../../src/lib/charts/marks';

const colors: Record<string, string> = { 'series-0': '#0072B2', 'series-1': '#E69F00', 'series-2': '#009E73', 'series-3': '#D55E00', highlight: '#D55E00', muted: '#bbb' };
function fill(c: string): string { for (const k of c.split(' ').reverse()) if (colors[k]) return colors[k]!; return '#333'; }
function el(m: Mark): string {
  switch (m.kind) {
    case 'rect': return `<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}" fill="${fill(m.className)}"/>`;
    case 'path': return `<path d="${m.d}" fill="none" stroke="${fill(m.className)}" stroke-width="2"/>`;
    case 'line': return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" stroke="${m.className === 'grid' ? '#ddd' : '#555'}"/>`;
    case 'circle': return `<circle cx="${m.cx}" cy="${m.cy}" r="${m.r}" fill="${fill(m.className)}"/>`;
    case 'text': return `<text x="${m.x}" y="${m.y}" font-size="${m.fontSize}" text-anchor="${m.anchor}" font-family="DejaVu Sans" fill="${m.className.includes('segment') ? '#fff' : '#222'}">${m.text}</text>`;
  }
}
function svg(l: ChartLayout): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}"><rect width="100%" height="100%" fill="#fff"/>${LAYER_ORDER.flatMap((k) => l.layers[k].map(el)).join('\n')}</svg>`;
}
test('scratch', () => {
  mkdirSync('/tmp/charts', { recursive: true });
  const bars = {
    columns: [{ name: 'country', type: 'string' as const }, { name: 'sales', type: 'number' as const, unit: 'million units' }, { name: 'sales2', type: 'number' as const, unit: 'million units', label: '2021' }],
    rows: [{ country: 'Japan', sales: 191.2, sales2: 150 }, { country: 'Chile', sales: -3.4, sales2: 10 }, { country: 'Peru', sales: null, sales2: 20 }, { country: 'United Kingdom of Great Britain', sales: 55, sales2: 60 }],
  };
  const years = {
    columns: [{ name: 'year', type: 'integer' as const }, { name: 'domestic', type: 'number' as const, unit: 'million units' }, { name: 'overseas', type: 'number' as const, unit: 'million units' }, { name: 'other', type: 'number' as const, unit: 'million units' }],
    rows: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((year, i) => ({ year, domestic: 40 + i * 3, overseas: i === 3 ? null : 60 - i * 4 + (i % 2) * 5, other: 50 - i })),
  };
  const events = {
    columns: [{ name: 'date', type: 'date' as const }, { name: 'what', type: 'string' as const }],
    rows: [['2019-01-15', 'Company founded in Osaka'], ['2019-03-01', 'First product'], ['2019-04-10', 'Funding round of 10 M'], ['2020-06-01', 'Pandemic closes factory'], ['2021-02-01', 'Reopening'], ['2021-03-01', 'New CEO'], ['2023-01-01', 'Acquired by rival']].map(([date, what]) => ({ date: date!, what: what! })),
  };
  for (const width of [640, 340]) {
    writeFileSync(`/tmp/charts/bar-${width}.svg`, svg(layoutBarChart(bars, { width, category: 'country', value: 'sales', highlight: ['Japan'], sort: 'desc', annotations: [{ target: 'Japan', text: 'Record year after the factory opened' }] })));
    writeFileSync(`/tmp/charts/grouped-${width}.svg`, svg(layoutBarChart(bars, { width, category: 'country', value: ['sales', 'sales2'] })));
    writeFileSync(`/tmp/charts/vbar-${width}.svg`, svg(layoutBarChart(years, { width, category: 'year', value: 'overseas', annotations: [{ target: '2019', text: 'Plant closed' }] })));
    writeFileSync(`/tmp/charts/line-${width}.svg`, svg(layoutLineChart(years, { width, x: 'year', y: ['domestic', 'overseas', 'other'], annotations: [{ target: 'overseas@2017', text: 'Plant closed in 2018' }] })));
    writeFileSync(`/tmp/charts/stack-${width}.svg`, svg(layoutStackedBarChart(years, { width, category: 'year', parts: ['domestic', 'overseas'], mode: 'share' })));
    writeFileSync(`/tmp/charts/stackc-${width}.svg`, svg(layoutStackedBarChart(years, { width, category: 'year', parts: ['domestic', 'overseas'], orientation: 'horizontal' })));
    writeFileSync(`/tmp/charts/timeline-${width}.svg`, svg(layoutTimeline(events, { width, date: 'date', label: 'what' })));
  }
});
