// What a chart component is made of: its props (declared for the registry), the column its from/to zoom on, and how
// it turns the rows it draws into a layout at a given width. One file per chart type implements this.
import type { DataTable } from '../content/table.ts';
import type { ComponentSpec, PropsOf } from '../registry/prop-spec.ts';
import type { AnnotationSpec } from './annotation-layout.ts';
import type { ChartKind, ChartLayout } from './marks.ts';

/** What every chart gets besides its own props. */
export interface ChartFrame {
  /** The title drawn: the `title` prop, else the dataset's title. */
  title: string;
  /** Highlighted keys, as text. */
  highlight: string[];
  /** Callouts: the `annotations` prop, then <Annotation> children. */
  annotations: AnnotationSpec[];
}

export interface ChartType<S extends ComponentSpec> {
  kind: ChartKind;
  spec: S;
  /** The column `from` and `to` zoom on. */
  zoomColumn(props: PropsOf<S>): string;
  /**
   * Checks what the declarations cannot (props that exclude each other, rows a pivot cannot tell apart), shapes the
   * rows, and returns the layout at a width. Throws ChartError naming the prop at fault.
   */
  prepare(props: PropsOf<S>, rows: DataTable, frame: ChartFrame): (width: number) => ChartLayout;
}

/** Declares a chart type, keeping its props' inferred type. */
export function defineChart<S extends ComponentSpec>(chart: ChartType<S>): ChartType<S> {
  return chart;
}
