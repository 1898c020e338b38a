// What Chart.astro and Scrolly.astro both need around the drawing: the dataset the chart names and the sources of the
// rows it draws, looked up in the story.
import type { DatasetEntry, Entry } from '../content/bundle.ts';
import type { Row } from '../content/table.ts';
import type { Source } from '../content/schema.ts';
import type { StoryContext } from '../story/story-context.ts';
import type { ChartDataset } from './build-chart.ts';
import { chartSourceIds } from './chart-sources.ts';

export interface ChartFigureData {
  /** The dataset entry, for the figure's table, CSV link and source line. */
  entry: DatasetEntry;
  /** The same dataset as the chart builder takes it. */
  dataset: ChartDataset;
}

/** The dataset a chart names; its props were checked against the story already, so it exists. */
export function chartData(story: StoryContext, id: string): ChartFigureData {
  const entry = story.datasets.get(id);
  if (!entry) throw new Error(`content/stories/${story.storyId}/index.mdx: no dataset "${id}"`);
  return { entry, dataset: { id, title: entry.data.title, file: entry.file, table: entry.table } };
}

/** The sources behind the rows a chart draws, as the source line lists them. */
export function chartSources(story: StoryContext, entry: DatasetEntry, rows: readonly Row[]): Entry<Source>[] {
  return chartSourceIds(entry.data.sources, entry.table, rows).flatMap((source) => story.sources.get(source) ?? []);
}
