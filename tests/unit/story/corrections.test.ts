import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/lib/content/schema.ts';
import { allCorrections, correctionAnchor, newestFirst, numbered } from '../../../src/lib/story/corrections.ts';

const fix = (date: string, text: string, kind: Correction['kind'] = 'correction'): Correction => ({ date, kind, text });

describe('newestFirst', () => {
  it('orders corrections by date, the latest first', () => {
    expect(newestFirst([fix('2026-01-02', 'a'), fix('2026-03-01', 'b'), fix('2025-12-31', 'c')]).map((c) => c.text)).toEqual(['b', 'a', 'c']);
  });

  it('keeps corrections of the same day in the order the editor wrote them', () => {
    expect(newestFirst([fix('2026-01-02', 'first'), fix('2026-01-05', 'later'), fix('2026-01-02', 'second'), fix('2026-01-02', 'third')]).map((c) => c.text)).toEqual(['later', 'first', 'second', 'third']);
  });

  it('leaves the list it is given as it was', () => {
    const given = [fix('2026-01-01', 'a'), fix('2026-02-01', 'b')];
    newestFirst(given);
    expect(given.map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('gives nothing for no corrections', () => {
    expect(newestFirst([])).toEqual([]);
  });
});

describe('numbered', () => {
  it('numbers corrections from 1 in the order written, keeping their fields', () => {
    expect(numbered([fix('2026-02-01', 'a', 'update'), fix('2026-01-01', 'b')])).toEqual([
      { date: '2026-02-01', kind: 'update', text: 'a', number: 1 },
      { date: '2026-01-01', kind: 'correction', text: 'b', number: 2 },
    ]);
  });
});

describe('correctionAnchor', () => {
  it('is the element id of a numbered correction', () => {
    expect([correctionAnchor(1), correctionAnchor(12)]).toEqual(['correction-1', 'correction-12']);
  });
});

describe('allCorrections', () => {
  const stories = [
    { id: 'alpha', data: { title: 'Alpha', corrections: [fix('2026-01-10', 'alpha one'), fix('2026-03-01', 'alpha two')] } },
    { id: 'beta', data: { title: 'Beta', corrections: [fix('2026-02-01', 'beta one')] } },
    { id: 'gamma', data: { title: 'Gamma', corrections: [] } },
  ];

  it("lists every story's corrections, newest first across stories", () => {
    expect(allCorrections(stories).map((c) => c.text)).toEqual(['alpha two', 'beta one', 'alpha one']);
  });

  it('keeps with each its story, the story title and its number within the story', () => {
    expect(allCorrections(stories)[0]).toEqual({ date: '2026-03-01', kind: 'correction', text: 'alpha two', number: 2, story: 'alpha', storyTitle: 'Alpha' });
  });

  it('keeps same-day corrections of different stories in story order', () => {
    const sameDay = [
      { id: 'b', data: { title: 'B', corrections: [fix('2026-01-01', 'b')] } },
      { id: 'a', data: { title: 'A', corrections: [fix('2026-01-01', 'a')] } },
    ];
    expect(allCorrections(sameDay).map((c) => c.story)).toEqual(['b', 'a']);
  });

  it('gives nothing when no story has a correction', () => {
    expect(allCorrections([{ id: 'gamma', data: { title: 'Gamma', corrections: [] } }])).toEqual([]);
  });
});
