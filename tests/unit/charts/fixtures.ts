// Small tables and mark-picking helpers shared by the chart layout tests.

import type { ColumnMeta, DataTable, Row } from '../../../src/lib/content/table.ts';
import { markBox, type Box } from '../../../src/lib/charts/box.ts';
import { LAYER_ORDER, type ChartLayout, type CircleMark, type LineMark, type Mark, type PathMark, type RectMark, type TextMark } from '../../../src/lib/charts/marks.ts';

export function table(columns: ColumnMeta[], rows: Row[]): DataTable {
  return { columns, rows };
}

export function allMarks(layout: ChartLayout): Mark[] {
  return LAYER_ORDER.flatMap((layer) => layout.layers[layer]);
}

export function rects(layout: ChartLayout): RectMark[] {
  return allMarks(layout).filter((mark): mark is RectMark => mark.kind === 'rect');
}

export function texts(layout: ChartLayout, className?: string): TextMark[] {
  return allMarks(layout).filter(
    (mark): mark is TextMark => mark.kind === 'text' && (className === undefined || mark.className.split(' ').includes(className)),
  );
}

export function paths(layout: ChartLayout): PathMark[] {
  return allMarks(layout).filter((mark): mark is PathMark => mark.kind === 'path');
}

export function lines(layout: ChartLayout, className?: string): LineMark[] {
  return allMarks(layout).filter(
    (mark): mark is LineMark => mark.kind === 'line' && (className === undefined || mark.className.split(' ').includes(className)),
  );
}

export function circles(layout: ChartLayout): CircleMark[] {
  return allMarks(layout).filter((mark): mark is CircleMark => mark.kind === 'circle');
}

export function boxOf(mark: Mark): Box {
  const box = markBox(mark);
  if (!box) throw new Error(`mark of kind ${mark.kind} has no box`);
  return box;
}

/** Pairs of distinct items, for "no two of these overlap" checks. */
export function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, index) => items.slice(index + 1).map((b): [T, T] => [a, b]));
}

/** Every text mark is at least 11 px and lies horizontally within the chart. */
export function textsReadableAndInside(layout: ChartLayout): boolean {
  return texts(layout).every((mark) => {
    const box = boxOf(mark);
    return mark.fontSize >= 11 && box.x >= -0.01 && box.x + box.width <= layout.width + 0.01 && box.y >= -0.01 && box.y + box.height <= layout.height + 0.01;
  });
}
