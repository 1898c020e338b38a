// <BarChart>: one bar per category, or grouped bars from several value columns or a series column.
import { defineComponent, type PropsOf } from '../registry/prop-spec.ts';
import { layoutBarChart } from './bar-layout.ts';
import { BAND_PROPS, CHART_PROPS, ChartError, NUMBER_TYPES, nameList } from './chart-props.ts';
import { defineChart } from './chart-type.ts';
import { pivotParts } from './pivot.ts';

export const BAR_CHART = defineComponent({
  doc: 'Bars from a dataset: one per category, or grouped bars.',
  example: '<BarChart dataset="global-shipments-2021" label="vendor" value="units" sort="desc" highlight="Xiaomi" />',
  children: 'annotations',
  props: {
    ...CHART_PROPS,
    label: { kind: 'column', required: true, doc: 'Column naming each bar.' },
    value: { kind: 'column', types: NUMBER_TYPES, list: true, required: true, doc: 'Number column of the bar lengths; several ({["a", "b"]}) for grouped bars.' },
    series: { kind: 'column', doc: 'Column whose values become grouped bars (tidy data), with one value column.' },
    ...BAND_PROPS,
    valueLabels: { kind: 'boolean', doc: 'Print each value at its bar end.', default: 'true' },
  },
});

export type BarChartProps = PropsOf<typeof BAR_CHART>;

export const barChart = defineChart({
  kind: 'bar',
  spec: BAR_CHART,
  zoomColumn: (props) => props.label,
  prepare(props, rows, frame) {
    const values = nameList(props.value);
    if (props.series !== undefined && values.length > 1) {
      throw new ChartError('BarChart', { prop: 'series', value: props.series, message: 'use either several value columns or a series column, not both', fix: 'remove `series`, or give one value column' });
    }
    // A series column gives grouped bars; a category with no row for a series has no bar there (null, not 0).
    let table = rows;
    let value = values;
    if (props.series !== undefined) {
      try {
        ({ table, parts: value } = pivotParts(rows, { category: props.label, stack: props.series, value: values[0] ?? '', absent: null }));
      } catch (error) {
        throw new ChartError('BarChart', { prop: 'series', value: props.series, message: (error as Error).message, fix: 'keep one row per bar and series, or narrow the rows with where="…"' });
      }
    }
    return (width) =>
      layoutBarChart(table, {
        width,
        category: props.label,
        value,
        title: frame.title,
        highlight: frame.highlight,
        annotations: frame.annotations,
        ...(props.sort ? { sort: props.sort } : {}),
        ...(props.orientation ? { orientation: props.orientation } : {}),
        ...(props.valueLabels !== undefined ? { valueLabels: props.valueLabels } : {}),
      });
  },
});
