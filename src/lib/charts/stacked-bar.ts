// <StackedBar>: the parts of each category stacked end to end, as counts or as shares of 100 %.
import { defineComponent, type PropsOf } from '../registry/prop-spec.ts';
import { BAND_PROPS, CHART_PROPS, ChartError, NUMBER_TYPES, keyList, nameList } from './chart-props.ts';
import { defineChart } from './chart-type.ts';
import { pivotParts } from './pivot.ts';
import { layoutStackedBarChart } from './stacked-bar-layout.ts';

/** Parts greyed out and put last unless `others` says otherwise. */
const OTHERS = /^others?$/i;

export const STACKED_BAR = defineComponent({
  doc: 'Stacked bars: the parts of each category end to end, as counts or shares.',
  example: '<StackedBar dataset="china-shipments" label="year" stack="vendor" value="share" />',
  children: 'annotations',
  props: {
    ...CHART_PROPS,
    label: { kind: 'column', required: true, doc: 'Column naming each bar.' },
    value: { kind: 'column', types: NUMBER_TYPES, list: true, required: true, doc: 'With `stack`, the number column of the parts; without it, the part columns ({["a", "b"]}).' },
    stack: { kind: 'column', doc: 'Column whose values become the stacked parts (tidy data).' },
    percent: { kind: 'boolean', doc: "Stack each part's share of its bar's total, so bars reach 100 %.", default: 'false (counts)' },
    others: { kind: 'keys', doc: 'Parts drawn last and in grey.', default: 'any part named "Other" or "Others"' },
    ...BAND_PROPS,
  },
});

export type StackedBarProps = PropsOf<typeof STACKED_BAR>;

export const stackedBar = defineChart({
  kind: 'stacked-bar',
  spec: STACKED_BAR,
  zoomColumn: (props) => props.label,
  prepare(props, rows, frame) {
    const values = nameList(props.value);
    if (props.stack !== undefined && values.length > 1) {
      throw new ChartError('StackedBar', { prop: 'value', message: 'with `stack`, give one value column; without it, list the part columns', fix: 'name one value column, or remove `stack`' });
    }
    let table = rows;
    let parts = values;
    if (props.stack !== undefined) {
      try {
        ({ table, parts } = pivotParts(rows, { category: props.label, stack: props.stack, value: values[0] ?? '', absent: 0 }));
      } catch (error) {
        throw new ChartError('StackedBar', { prop: 'stack', value: props.stack, message: (error as Error).message, fix: 'keep one row per bar and part, or narrow the rows with where="…"' });
      }
    }
    const others = props.others === undefined ? parts.filter((part) => OTHERS.test(part)) : keyList(props.others);
    for (const other of others) {
      if (!parts.includes(other)) throw new ChartError('StackedBar', { prop: 'others', value: other, message: `is not one of the parts (${parts.join(', ')})`, fix: 'name parts as the data spell them' });
    }
    const ordered = [...parts.filter((part) => !others.includes(part)), ...others];
    const mode = props.percent ? 'share' : 'count';
    if (mode === 'share') {
      const negative = table.rows.find((row) => ordered.some((part) => typeof row[part] === 'number' && (row[part] as number) < 0));
      if (negative) {
        throw new ChartError('StackedBar', { prop: 'percent', message: `shares need values of 0 or more; category "${String(negative[props.label] ?? '')}" has a negative part`, fix: 'remove `percent` to stack the counts' });
      }
    }
    return (width) =>
      layoutStackedBarChart(table, {
        width,
        category: props.label,
        parts: ordered,
        otherParts: others,
        title: frame.title,
        highlight: frame.highlight,
        annotations: frame.annotations,
        mode,
        ...(props.sort ? { sort: props.sort } : {}),
        ...(props.orientation ? { orientation: props.orientation } : {}),
      });
  },
});
