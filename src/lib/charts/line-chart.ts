// <LineChart>: one line per y column, or per value of a series column, over a date or number x axis.
import { defineComponent, type PropsOf } from '../registry/prop-spec.ts';
import { CHART_PROPS, ChartError, NUMBER_TYPES, nameList } from './chart-props.ts';
import { defineChart } from './chart-type.ts';
import { layoutLineChart } from './line-layout.ts';

export const LINE_CHART = defineComponent({
  doc: 'Lines from a dataset over a date or number axis.',
  example: '<LineChart dataset="xiaomi-shipments" x="year" y="units" series="market" />',
  children: 'annotations',
  props: {
    ...CHART_PROPS,
    x: { kind: 'column', types: ['date', ...NUMBER_TYPES], required: true, doc: 'Date or number column along the horizontal axis.' },
    y: { kind: 'column', types: NUMBER_TYPES, list: true, required: true, doc: 'Number column of the values; several ({["a", "b"]}) for one line each.' },
    series: { kind: 'column', doc: 'Column naming the line each row belongs to (tidy data), with one y column.' },
    labels: { kind: 'choice', values: ['auto', 'legend'], doc: 'Name the lines at their ends, or always in a legend.', default: 'auto (at the line ends when they fit)' },
    zero: { kind: 'boolean', doc: 'Start the vertical axis at zero.', default: 'true' },
  },
});

export type LineChartProps = PropsOf<typeof LINE_CHART>;

export const lineChart = defineChart({
  kind: 'line',
  spec: LINE_CHART,
  zoomColumn: (props) => props.x,
  prepare(props, rows, frame) {
    const y = nameList(props.y);
    if (props.series !== undefined && y.length > 1) {
      throw new ChartError('LineChart', { prop: 'series', value: props.series, message: 'use either several y columns or a series column, not both', fix: 'remove `series`, or give one y column' });
    }
    return (width) =>
      layoutLineChart(rows, {
        width,
        x: props.x,
        y,
        title: frame.title,
        highlight: frame.highlight,
        annotations: frame.annotations,
        ...(props.series !== undefined ? { series: props.series } : {}),
        ...(props.labels === 'legend' ? { labels: 'legend' as const } : {}),
        ...(props.zero !== undefined ? { includeZero: props.zero } : {}),
      });
  },
});
