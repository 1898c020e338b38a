import { describe, expect, it } from 'vitest';
import { boxesIntersect, unionBox, type Box } from '../../../src/lib/charts/box.ts';
import { countMarks, type ChartLayout } from '../../../src/lib/charts/marks.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/sizes.ts';
import { assignLanes, layoutTimeline } from '../../../src/lib/charts/timeline-layout.ts';
import { boxOf, circles, lines, pairs, table, texts, textsReadableAndInside } from './fixtures.ts';

const columns = [
  { name: 'date', type: 'date' as const },
  { name: 'event', type: 'string' as const, label: 'Company history' },
];

const twoEvents = table(columns, [
  { date: '2020-01-01', event: 'A' },
  { date: '2022-01-01', event: 'B' },
]);

const crowded = table(columns, [
  { date: '2019-01-15', event: 'Company founded in Osaka' },
  { date: '2019-03-01', event: 'First product' },
  { date: '2019-04-10', event: 'Funding round of 10\u00A0M' },
  { date: '2020-06-01', event: 'Pandemic closes the factory' },
  { date: '2021-02-01', event: 'Reopening' },
  { date: '2021-03-01', event: 'New chief executive' },
  { date: '2023-01-01', event: 'Acquired by a rival' },
]);

/** Box around all text lines of each event. */
function labelBoxes(layout: ChartLayout): Map<string, Box> {
  const byKey = new Map<string, Box[]>();
  for (const mark of texts(layout).filter((text) => text.key !== undefined)) {
    byKey.set(mark.key!, [...(byKey.get(mark.key!) ?? []), boxOf(mark)]);
  }
  return new Map([...byKey].map(([key, boxes]) => [key, unionBox(boxes)!]));
}

describe('assignLanes', () => {
  it('keeps labels that do not overlap in the first lane', () => {
    const lanes = assignLanes([{ left: 0, right: 50, stemX: 0 }, { left: 100, right: 150, stemX: 100 }], 3);
    expect(lanes?.map((placement) => placement.lane)).toEqual([0, 0]);
  });

  it('lifts an earlier overlapping label above the later one, so its stem passes clear', () => {
    const lanes = assignLanes([{ left: 0, right: 100, stemX: 0 }, { left: 50, right: 150, stemX: 50 }], 3);
    expect(lanes?.map((placement) => placement.lane)).toEqual([1, 0]);
  });

  it('gives up when more lanes than allowed are needed', () => {
    expect(assignLanes([{ left: 0, right: 100, stemX: 0 }, { left: 50, right: 150, stemX: 50 }], 1)).toBeNull();
  });
});

describe('horizontal timeline', () => {
  const layout = layoutTimeline(twoEvents, { width: WIDE, date: 'date', label: 'event' });

  it('puts each event as a dot on the axis at its date', () => {
    expect(circles(layout).map(({ cx, cy, key }) => ({ cx, cy, key }))).toEqual([
      { cx: 10, cy: 45.2, key: 'A' },
      { cx: 630, cy: 45.2, key: 'B' },
    ]);
  });

  it('writes the date and label above the dot, shifting the last label left to stay inside', () => {
    expect(texts(layout).filter((mark) => mark.key === 'A').map(({ x, y, text, className }) => ({ x, y, text, className }))).toEqual([
      { x: 10, y: 14.4, text: '2020', className: 'event-date' },
      { x: 10, y: 30, text: 'A', className: 'event-label' },
    ]);
    expect(texts(layout).find((mark) => mark.key === 'B')?.x).toBe(604.8);
  });

  it('connects each label to its dot with a stem', () => {
    expect(lines(layout, 'event-stem')[0]).toMatchObject({ x1: 10, y1: 41.2, x2: 10, y2: 35.2 });
  });

  it('is as tall as one lane, the axis and its tick labels', () => {
    expect(layout.height).toBe(71.2);
  });

  it('stacks crowded labels into lanes so none overlap', () => {
    const crowdedLayout = layoutTimeline(crowded, { width: WIDE, date: 'date', label: 'event' });
    expect(crowdedLayout.xTicks.length).toBeGreaterThan(0); // still horizontal
    for (const [a, b] of pairs([...labelBoxes(crowdedLayout).values()])) expect(boxesIntersect(a, b)).toBe(false);
  });

  it('keeps stems clear of other events\' labels', () => {
    const crowdedLayout = layoutTimeline(crowded, { width: WIDE, date: 'date', label: 'event' });
    const boxes = labelBoxes(crowdedLayout);
    for (const stem of lines(crowdedLayout, 'event-stem')) {
      const stemBox = boxOf(stem);
      for (const [key, box] of boxes) if (key !== stem.key) expect(boxesIntersect(stemBox, box)).toBe(false);
    }
  });

  it('has date ticks whose labels do not overlap', () => {
    const crowdedLayout = layoutTimeline(crowded, { width: WIDE, date: 'date', label: 'event' });
    for (const [a, b] of pairs(texts(crowdedLayout, 'tick-label'))) expect(boxesIntersect(boxOf(a), boxOf(b))).toBe(false);
  });
});

describe('vertical list timeline', () => {
  it('is used in the narrow layout: dots on a spine, date and wrapped label beside them', () => {
    const layout = layoutTimeline(crowded, { width: NARROW, date: 'date', label: 'event' });
    expect(circles(layout).every((dot) => dot.cx === 10)).toBe(true);
    expect(texts(layout, 'event-date').every((mark) => mark.x === 22)).toBe(true);
    const ys = circles(layout).map((dot) => dot.cy);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(texts(layout, 'event-date').map((mark) => mark.text));
  });

  it('is the fallback when the labels need more lanes than allowed', () => {
    const layout = layoutTimeline(crowded, { width: WIDE, date: 'date', label: 'event', maxLanes: 1 });
    expect(layout.xTicks).toEqual([]);
    expect(layout.yTicks).toHaveLength(7);
  });

  it('is not used when horizontal is forced', () => {
    const layout = layoutTimeline(crowded, { width: WIDE, date: 'date', label: 'event', mode: 'horizontal', maxLanes: 1 });
    expect(layout.xTicks.length).toBeGreaterThan(0);
  });

  it('can be forced in the wide layout, with a spine from the first dot to the last', () => {
    // Each event: its dot centred on the 13 px date line, then two 15.6 px lines and a 10 px gap.
    const layout = layoutTimeline(twoEvents, { width: WIDE, date: 'date', label: 'event', mode: 'vertical' });
    expect(lines(layout, 'axis-line')).toEqual([{ kind: 'line', x1: 10, y1: 10.5, x2: 10, y2: 51.7, className: 'axis-line' }]);
  });
});

describe('dates, highlights and text', () => {
  it('formats dates at day precision when the events need it', () => {
    const layout = layoutTimeline(crowded, { width: NARROW, date: 'date', label: 'event' });
    expect(texts(layout, 'event-date')[0]?.text).toBe('15 Jan 2019');
  });

  it('sorts events by date', () => {
    const shuffled = table(columns, [...twoEvents.rows].reverse());
    expect(circles(layoutTimeline(shuffled, { width: WIDE, date: 'date', label: 'event' })).map((dot) => dot.key)).toEqual(['A', 'B']);
  });

  it('highlights events by key', () => {
    const layout = layoutTimeline(twoEvents, { width: WIDE, date: 'date', label: 'event', highlight: ['B'] });
    expect(circles(layout).map((dot) => dot.className)).toEqual(['event-dot', 'event-dot highlight']);
    expect(texts(layout, 'is-highlighted').map((mark) => mark.text)).toEqual(['2022', 'B']);
  });

  it('keeps text at least 11 px and inside the chart in both widths', () => {
    for (const width of [WIDE, NARROW]) {
      expect(textsReadableAndInside(layoutTimeline(crowded, { width, date: 'date', label: 'event' }))).toBe(true);
    }
  });

  it('describes the number of events and the first and last', () => {
    const layout = layoutTimeline(twoEvents, { width: WIDE, date: 'date', label: 'event' });
    expect(layout.description).toBe('Company history: timeline of 2 events from 2020 to 2022. First: 2020, A. Last: 2022, B.');
  });
});

describe('edge cases', () => {
  it('return a layout without marks for an empty table, saying there is no data', () => {
    const layout = layoutTimeline(table(columns, []), { width: WIDE, date: 'date', label: 'event' });
    expect(countMarks(layout.layers)).toBe(0);
    expect(layout.description).toBe('Company history: timeline with no data.');
  });

  it('place a single event within its year', () => {
    const layout = layoutTimeline(table(columns, [{ date: '2020-07-01', event: 'Only' }]), { width: WIDE, date: 'date', label: 'event' });
    expect(circles(layout)).toHaveLength(1);
    expect(circles(layout)[0]!.cx).toBeGreaterThan(300);
    expect(circles(layout)[0]!.cx).toBeLessThan(330);
  });

  it('throw for a date column that is not a date', () => {
    expect(() => layoutTimeline(twoEvents, { width: WIDE, date: 'event', label: 'event' })).toThrow(
      'Column "event" (timeline date) has type "string"; a date column is needed',
    );
  });

  it('throw for an unknown label column, naming it and the known columns', () => {
    expect(() => layoutTimeline(twoEvents, { width: WIDE, date: 'date', label: 'title' })).toThrow(
      'Unknown column "title" (timeline label). Known columns: "date", "event"',
    );
  });
});
