// The chart gallery (/charts/): every chart component and option, drawn from the shipped datasets,
// each with the MDX that produces it. The page renders each example's props and prints the same
// props as MDX (src/lib/charts/mdx-snippet.ts), so the snippet is exactly what was drawn.
import type { SnippetNode } from '../lib/charts/mdx-snippet.ts';
import { buildStoryContext, type StoryContext } from '../lib/story/story-context.ts';
import { allDatasets, allSources, allVerdicts } from './collections.ts';

export interface GalleryExample {
  /** Anchor on the page. */
  id: string;
  /** Heading. */
  title: string;
  /** What the example shows, one or two sentences. */
  about: string;
  /** The usage: component, props and children (<Annotation>, <Step> and step text). */
  node: SnippetNode;
}

export interface GallerySection {
  id: string;
  title: string;
  examples: GalleryExample[];
}

const annotation = (at: string, text: string): SnippetNode => ({ component: 'Annotation', props: { at, text } });
const step = (props: Record<string, unknown>, text: string): SnippetNode => ({ component: 'Step', props, children: [text] });

export const GALLERY: GallerySection[] = [
  {
    id: 'bars',
    title: 'Bar charts',
    examples: [
      {
        id: 'bar-sorted-highlighted',
        title: 'Horizontal, sorted, one bar highlighted',
        about: 'sort="desc" orders the bars by value; highlight picks out categories and mutes the rest.',
        node: { component: 'BarChart', props: { dataset: 'global-shipments-2021', label: 'vendor', value: 'units', sort: 'desc', highlight: 'Xiaomi', title: 'Smartphones shipped worldwide in 2021, in millions (IDC)' } },
      },
      {
        id: 'bar-vertical',
        title: 'Vertical bars, rows picked with where',
        about: 'Years read best left to right: orientation="vertical" (or the default "auto" for years that fit). where="column=value" keeps matching rows.',
        node: { component: 'BarChart', props: { dataset: 'xiaomi-shipments', label: 'year', value: 'units', where: 'market=global', orientation: 'vertical', title: 'Xiaomi smartphones shipped worldwide, in millions (Xiaomi)' } },
      },
      {
        id: 'bar-grouped',
        title: 'Grouped bars from tidy data',
        about: 'series names the column whose values become the bars of each group (here the market); a missing combination shows "n/a". value={["a", "b"]} groups several columns of a wide table instead.',
        node: { component: 'BarChart', props: { dataset: 'huawei-shipments', label: 'year', value: 'units', series: 'market', title: 'Huawei smartphones shipped, worldwide and in China, in millions' } },
      },
      {
        id: 'bar-annotated',
        title: 'Callouts',
        about: '<Annotation at="…" text="…" /> inside a chart points at a datum by its key: for bars, the category.',
        node: {
          component: 'BarChart',
          props: { dataset: 'huawei-shipments', label: 'year', value: 'units', where: 'market=global', title: 'Huawei smartphones shipped worldwide, in millions' },
          children: [annotation('2021', "Omdia's count; 2019 and 2020 are IDC's")],
        },
      },
      {
        id: 'bar-filtered-sorted',
        title: 'One year of a longer table',
        about: 'where selects one year of a table that holds several; sort="asc" puts the smallest first.',
        node: { component: 'BarChart', props: { dataset: 'china-shipments', label: 'vendor', value: 'units', where: 'year=2021', sort: 'asc', title: 'Smartphones shipped in China in 2021, in millions (IDC)' } },
      },
    ],
  },
  {
    id: 'lines',
    title: 'Line charts',
    examples: [
      {
        id: 'line-series',
        title: 'Several series, labelled at their ends',
        about: 'series names the column that splits tidy data into lines. Lines are labelled where they end; a legend replaces the labels when they do not fit (or with labels="legend").',
        node: { component: 'LineChart', props: { dataset: 'xiaomi-shipments', x: 'year', y: 'units', series: 'market', title: 'Xiaomi smartphone shipments, worldwide and in China, in millions' } },
      },
      {
        id: 'line-highlight-annotation',
        title: 'One series highlighted, with a callout',
        about: 'highlight keeps one series in colour. A callout on a line chart points at "series@x".',
        node: {
          component: 'LineChart',
          props: { dataset: 'huawei-shipments', x: 'year', y: 'units', series: 'market', highlight: 'global', title: 'Huawei smartphone shipments, in millions' },
          children: [annotation('global@2021', 'About 35 million (Omdia)')],
        },
      },
    ],
  },
  {
    id: 'stacked',
    title: 'Stacked bars',
    examples: [
      {
        id: 'stacked-counts',
        title: 'Counts, from tidy data',
        about: 'stack names the column whose values become the stacked parts; value holds their numbers. Each bar shows its total. A part called "Others" goes last, in grey (choose another with others="…").',
        node: { component: 'StackedBar', props: { dataset: 'china-shipments', label: 'year', stack: 'vendor', value: 'units', title: 'Smartphones shipped in China by vendor, in millions (IDC)' } },
      },
      {
        id: 'stacked-percent',
        title: '100 % shares',
        about: 'percent stacks each part\'s share of its bar, so every bar reaches 100 %.',
        node: { component: 'StackedBar', props: { dataset: 'china-shipments', label: 'year', stack: 'vendor', value: 'units', percent: true, title: 'Shares of smartphone shipments in China by vendor (IDC)' } },
      },
    ],
  },
  {
    id: 'timelines',
    title: 'Timelines',
    examples: [
      {
        id: 'timeline-all',
        title: 'Many events: a list on a time spine',
        about: 'date and text name the columns. Events that would crowd a time axis are listed in date order.',
        node: { component: 'Timeline', props: { dataset: 'events', date: 'date', text: 'event', title: 'From sanctions to HarmonyOS, 2019–2022' } },
      },
      {
        id: 'timeline-filtered',
        title: 'A few events on a time axis, one highlighted',
        about: 'A few events fit on a time axis when there is room (on phones they are listed). key names the column that highlight refers to.',
        node: { component: 'Timeline', props: { dataset: 'events', date: 'date', text: 'event', key: 'date', where: 'kind=harmonyos', highlight: '2021-06-02', title: 'HarmonyOS milestones, 2021–2022' } },
      },
    ],
  },
  {
    id: 'scrolly',
    title: 'Scrollytelling',
    examples: [
      {
        id: 'scrolly-bars',
        title: 'A chart that follows the text',
        about: 'A <Scrolly> takes the props of the chart it draws (chart="bar", "line", "stacked" or "timeline"); each <Step> changes what is highlighted, adds a callout (annotation, pointing at at="…" or the first highlighted key) or zooms (from, to). Without JavaScript every step shows its own chart.',
        node: {
          component: 'Scrolly',
          props: { dataset: 'xiaomi-shipments', chart: 'bar', label: 'year', value: 'units', where: 'market=global', orientation: 'vertical', title: 'Xiaomi smartphones shipped worldwide, in millions (Xiaomi)' },
          children: [
            step({ highlight: '2019' }, 'In 2019 Xiaomi shipped 124.6 million smartphones.'),
            step({ highlight: '2020', annotation: 'Up from 2019' }, 'In 2020, 146.4 million.'),
            step({ highlight: '2021', annotation: 'The highest of the three years' }, 'In 2021, 190.3 million.'),
          ],
        },
      },
    ],
  },
];

/** The components' page context: every dataset and source, no story text. */
export async function galleryContext(): Promise<StoryContext> {
  const [sources, verdicts, datasets] = await Promise.all([allSources(), allVerdicts(), allDatasets()]);
  return buildStoryContext({
    storyId: 'charts',
    story: { title: 'Chart gallery', dek: 'Every chart component and option.', authors: ['Marginalia'], published: '2026-01-01', original: 'none', summary: 'Chart gallery.', corrections: [], excludeTerms: [] },
    original: { file: 'none', id: 'none', data: { title: 'None', language: 'en', machineTranslated: false, outlet: 'unknown', author: 'unknown', published: 'unknown' }, body: '' },
    body: '',
    claims: [],
    sources,
    verdicts,
    datasets,
    glossary: [],
  });
}

/**
 * The sections with the examples whose dataset the content has: the examples draw the shipped datasets, and a
 * newsroom's own content may not include them.
 */
export function galleryFor(datasets: ReadonlyMap<string, unknown>): GallerySection[] {
  return GALLERY.map((section) => ({ ...section, examples: section.examples.filter((example) => datasets.has(String(example.node.props.dataset))) })).filter((section) => section.examples.length > 0);
}
