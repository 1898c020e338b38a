import { describe, expect, it } from 'vitest';
import { notePlacementCss, notesId, runId, WIDE_NOTES_MEDIA } from '../../../src/lib/annotations/note-placement.ts';

describe('notePlacementCss', () => {
  it('puts each run before its notes on phones and beside them on wide screens', () => {
    expect(notePlacementCss(2, new Set([1]))).toBe(
      `#original-run-1{grid-row:1}#original-notes-1{grid-row:2}#original-run-2{grid-row:3}@media ${WIDE_NOTES_MEDIA}{#original-run-1{grid-row:1}#original-notes-1{grid-row:1}#original-run-2{grid-row:2}}`,
    );
  });

  it('gives every run and note group its own row on phones, so none can overlap another', () => {
    const css = notePlacementCss(5, new Set([1, 2, 5]));
    const rows = [...css.split('@media')[0]!.matchAll(/\{grid-row:(\d+)\}/g)].map((m) => Number(m[1]));
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('names the elements by the ids the component uses', () => {
    expect(runId(3)).toBe('original-run-3');
    expect(notesId(3)).toBe('original-notes-3');
  });

  it('has only digits, ids and CSS punctuation, nothing from the content', () => {
    expect(notePlacementCss(3, new Set([2]))).toMatch(/^[#a-z0-9{}:;() .\-@]+$/);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => notePlacementCss(-1, new Set())).toThrow(RangeError);
    expect(() => notePlacementCss(1.5, new Set())).toThrow(/whole number/);
  });
});

describe('the component and the placement agree', () => {
  it('AnnotatedOriginal.astro switches to the wide layout at the same width the placement sheet does', async () => {
    const { readFileSync } = await import('node:fs');
    const component = readFileSync(new URL('../../../src/components/original/AnnotatedOriginal.astro', import.meta.url), 'utf8');
    expect(component).toContain(`@media ${WIDE_NOTES_MEDIA}`);
    expect(component).toContain('id={runId(run.number)}');
    expect(component).toContain('id={notesId(run.number)}');
  });
});
