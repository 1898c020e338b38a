import { describe, expect, it } from 'vitest';
import { VERDICT_ICONS } from '../../../src/lib/content/schema.ts';
import { FILLED_ICONS, VERDICT_ICON_PATHS } from '../../../src/lib/verdicts/verdict-icons.ts';

/** The coordinates in path data, in order (commands and flags aside, arcs' flags read as numbers). */
const numbers = (d: string) => [...d.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));

describe('VERDICT_ICON_PATHS', () => {
  it('draws every icon the rating scale may name, and no other', () => {
    expect(Object.keys(VERDICT_ICON_PATHS).sort()).toEqual([...VERDICT_ICONS].sort());
  });

  it('gives each icon its own shape, so no two ratings look alike without colour', () => {
    const shapes = Object.values(VERDICT_ICON_PATHS);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('writes each shape as path data starting with a move', () => {
    for (const [icon, d] of Object.entries(VERDICT_ICON_PATHS)) expect(d, icon).toMatch(/^M[\d.\s\-,MLHVCSQTAZmlhvcsqtaz]+$/);
  });

  it('keeps the move and line coordinates of the check and cross inside the 16×16 box', () => {
    for (const icon of ['check', 'check-partial', 'cross', 'cross-partial'] as const) {
      for (const value of numbers(VERDICT_ICON_PATHS[icon])) expect(Math.abs(value), icon).toBeLessThanOrEqual(16);
    }
  });
});

describe('FILLED_ICONS', () => {
  it('fills only the half disc; every other icon is a stroke', () => {
    expect([...FILLED_ICONS]).toEqual(['half']);
  });
});
