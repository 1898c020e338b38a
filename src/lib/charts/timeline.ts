// <Timeline>: dated events along an axis (or listed, on narrow screens), each labelled by its own text.
import { defineComponent, type PropsOf } from '../registry/prop-spec.ts';
import { CHART_PROPS } from './chart-props.ts';
import { defineChart } from './chart-type.ts';
import { layoutTimeline } from './timeline-layout.ts';

const { annotations: _callouts, ...TIMELINE_BASE } = CHART_PROPS;

export const TIMELINE = defineComponent({
  doc: 'Dated events from a dataset, each labelled with its text; it takes no callouts.',
  example: '<Timeline dataset="events" date="date" text="event" key="kind" highlight="sanctions" />',
  children: 'none',
  props: {
    ...TIMELINE_BASE,
    date: { kind: 'column', types: ['date'], required: true, doc: 'Date column of the events.' },
    text: { kind: 'column', required: true, doc: "Column with each event's text." },
    key: { kind: 'column', doc: 'Column whose values `highlight` names.', default: 'the text column' },
  },
});

export type TimelineProps = PropsOf<typeof TIMELINE>;

export const timeline = defineChart({
  kind: 'timeline',
  spec: TIMELINE,
  zoomColumn: (props) => props.date,
  prepare(props, rows, frame) {
    return (width) => layoutTimeline(rows, { width, date: props.date, label: props.text, title: frame.title, highlight: frame.highlight, ...(props.key !== undefined ? { key: props.key } : {}) });
  },
});
