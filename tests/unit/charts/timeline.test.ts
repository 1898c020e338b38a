import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChartFrame } from '../../../src/lib/charts/chart-type.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { TIMELINE, timeline, type TimelineProps } from '../../../src/lib/charts/timeline.ts';
import { layoutTimeline } from '../../../src/lib/charts/timeline-layout.ts';
import { table, texts } from './fixtures.ts';

const events = table(
  [
    { name: 'date', type: 'date' },
    { name: 'event', type: 'string' },
    { name: 'kind', type: 'string' },
  ],
  [
    { date: '2019-05-15', event: 'Entity list', kind: 'sanctions' },
    { date: '2020-11-17', event: 'Honor sold', kind: 'business' },
    { date: '2021-06-02', event: 'HarmonyOS 2', kind: 'software' },
  ],
);
const base = { dataset: 'events', date: 'date', text: 'event' } as const;

describe('TIMELINE', () => {
  it('takes the shared chart props except callouts, then date, text and key', () => {
    expect(Object.keys(TIMELINE.props)).toEqual(['dataset', 'title', 'note', 'where', 'from', 'to', 'highlight', 'date', 'text', 'key']);
  });

  it('requires a dataset, a date column and a text column', () => {
    expect(Object.entries(TIMELINE.props).filter(([, prop]) => 'required' in prop && prop.required).map(([name]) => name)).toEqual(['dataset', 'date', 'text']);
    expect(TIMELINE.props.date).toMatchObject({ kind: 'column', types: ['date'] });
  });

  it('holds nothing between its tags: its events are labelled already', () => {
    expect(TIMELINE.children).toBe('none');
  });

  it('types its props from the declaration, without annotations', () => {
    expectTypeOf<TimelineProps['date']>().toEqualTypeOf<string>();
    expectTypeOf<TimelineProps['key']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<TimelineProps>().not.toHaveProperty('annotations');
  });
});

describe('timeline', () => {
  it('is the timeline kind and zooms on the date column', () => {
    expect(timeline.kind).toBe('timeline');
    expect(timeline.spec).toBe(TIMELINE);
    expect(timeline.zoomColumn(base)).toBe('date');
  });

  it('lays out the events at the width asked for, titled by the frame, labelled by the text column', () => {
    const frame: ChartFrame = { title: 'Events', highlight: ['Honor sold'], annotations: [] };
    const draw = timeline.prepare(base, events, frame);
    for (const width of [WIDE, NARROW]) {
      expect(draw(width)).toEqual(layoutTimeline(events, { width, date: 'date', label: 'event', title: 'Events', highlight: ['Honor sold'] }));
    }
    expect(texts(draw(WIDE), 'event-label').map((text) => text.text)).toEqual(['Entity list', 'Honor sold', 'HarmonyOS 2']);
  });

  it('highlights by the key column when one is given', () => {
    const frame: ChartFrame = { title: 'Events', highlight: ['sanctions'], annotations: [] };
    const layout = timeline.prepare({ ...base, key: 'kind' }, events, frame)(WIDE);
    expect(layout).toEqual(layoutTimeline(events, { width: WIDE, date: 'date', label: 'event', key: 'kind', title: 'Events', highlight: ['sanctions'] }));
    expect(texts(layout, 'event-label').map((text) => text.key)).toEqual(['sanctions', 'business', 'software']);
  });

  it('draws no callouts, even when the frame carries some', () => {
    const frame: ChartFrame = { title: 'Events', highlight: [], annotations: [{ target: 'Honor sold', text: 'Note' }] };
    expect(timeline.prepare(base, events, frame)(WIDE).layers.annotations).toEqual([]);
  });
});
