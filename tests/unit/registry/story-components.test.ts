import { describe, expect, expectTypeOf, it } from 'vitest';
import { BAR_CHART } from '../../../src/lib/charts/bar-chart.ts';
import { CHART_TYPES } from '../../../src/lib/charts/build-chart.ts';
import { ANNOTATION } from '../../../src/lib/charts/chart-props.ts';
import { LINE_CHART } from '../../../src/lib/charts/line-chart.ts';
import { SCROLLY, STEP } from '../../../src/lib/charts/scrolly-steps.ts';
import { STACKED_BAR } from '../../../src/lib/charts/stacked-bar.ts';
import { TIMELINE } from '../../../src/lib/charts/timeline.ts';
import { effectiveSpec, isStoryComponent, STORY_COMPONENTS, type StoryComponentName } from '../../../src/lib/registry/story-components.ts';

const NAMES = Object.keys(STORY_COMPONENTS) as StoryComponentName[];

describe('STORY_COMPONENTS', () => {
  it('lists the components editors may use, in the order the guide shows them', () => {
    expect(NAMES).toEqual(['Claim', 'Cite', 'ClaimsSummary', 'Verdict', 'VerdictScale', 'Term', 'References', 'BarChart', 'LineChart', 'StackedBar', 'Timeline', 'Annotation', 'Scrolly', 'Step']);
  });

  it('types the names as that list', () => {
    expectTypeOf<StoryComponentName>().toEqualTypeOf<'Claim' | 'Cite' | 'ClaimsSummary' | 'Verdict' | 'VerdictScale' | 'Term' | 'References' | 'BarChart' | 'LineChart' | 'StackedBar' | 'Timeline' | 'Annotation' | 'Scrolly' | 'Step'>();
  });

  it('gives every component a line of documentation and an example that uses it', () => {
    for (const name of NAMES) {
      const spec = STORY_COMPONENTS[name];
      expect(spec.doc.trim(), name).not.toBe('');
      expect(spec.example, name).toContain(`<${name}`);
    }
  });

  it('gives every prop a line of documentation', () => {
    for (const name of NAMES) {
      for (const [prop, spec] of Object.entries(STORY_COMPONENTS[name].props)) expect(spec.doc.trim(), `${name} ${prop}`).not.toBe('');
    }
  });

  it('takes the charts, Scrolly and Step from their own modules', () => {
    expect([STORY_COMPONENTS.BarChart, STORY_COMPONENTS.LineChart, STORY_COMPONENTS.StackedBar, STORY_COMPONENTS.Timeline, STORY_COMPONENTS.Scrolly, STORY_COMPONENTS.Step]).toEqual([BAR_CHART, LINE_CHART, STACKED_BAR, TIMELINE, SCROLLY, STEP]);
  });

  it('requires the id of what Claim, Cite, Verdict and Term show', () => {
    expect([STORY_COMPONENTS.Claim.props.id, STORY_COMPONENTS.Cite.props.source, STORY_COMPONENTS.Verdict.props.id, STORY_COMPONENTS.Term.props.id].map((prop) => [prop.kind, prop.to, prop.required])).toEqual([
      ['ref', 'claim', true],
      ['ref', 'source', true],
      ['ref', 'verdict', true],
      ['ref', 'term', true],
    ]);
  });

  it('lets only Term and Step hold text', () => {
    expect(NAMES.filter((name) => STORY_COMPONENTS[name].children === 'text')).toEqual(['Term', 'Step']);
  });
});

describe('where components may stand', () => {
  it('puts an Annotation exactly inside the charts that take callouts', () => {
    const callouts = Object.entries(CHART_TYPES).filter(([, type]) => type.spec.children === 'annotations').map(([name]) => name);
    expect(STORY_COMPONENTS.Annotation.parents).toEqual(callouts);
    expect(STORY_COMPONENTS.Annotation.parents).toEqual(['BarChart', 'LineChart', 'StackedBar']);
  });

  it('keeps the Annotation declaration of the chart props, adding only its parents', () => {
    const { parents: _parents, ...declared } = STORY_COMPONENTS.Annotation;
    expect(declared).toEqual(ANNOTATION);
  });

  it('puts a Step inside a Scrolly', () => {
    expect(STORY_COMPONENTS.Step.parents).toEqual(['Scrolly']);
  });

  it('lets every other component stand anywhere', () => {
    expect(NAMES.filter((name) => 'parents' in STORY_COMPONENTS[name])).toEqual(['Annotation', 'Step']);
  });
});

describe('isStoryComponent', () => {
  it('is true for the names in the registry', () => {
    expect(NAMES.every(isStoryComponent)).toBe(true);
  });

  it('is false for a lower-case spelling, an HTML tag and an unknown name', () => {
    expect(['claim', 'div', 'Chart'].map(isStoryComponent)).toEqual([false, false, false]);
  });

  it("is false for names every object inherits, such as toString", () => {
    expect(['toString', 'constructor', '__proto__', 'hasOwnProperty'].map(isStoryComponent)).toEqual([false, false, false, false]);
  });
});

describe('effectiveSpec', () => {
  it("gives a Scrolly the chart prop and the props of the chart it names", () => {
    const spec = effectiveSpec('Scrolly', { chart: 'line' });
    expect(Object.keys(spec.props)).toEqual(['chart', ...Object.keys(LINE_CHART.props)]);
    expect(spec.props.x).toBe(LINE_CHART.props.x);
  });

  it('gives a Scrolly without chart the props of a bar chart', () => {
    expect(Object.keys(effectiveSpec('Scrolly', {}).props)).toEqual(['chart', ...Object.keys(BAR_CHART.props)]);
  });

  it('keeps what a Scrolly holds and its documentation, whatever chart it draws', () => {
    const spec = effectiveSpec('Scrolly', { chart: 'timeline' });
    expect([spec.children, spec.doc, spec.example]).toEqual([SCROLLY.children, SCROLLY.doc, SCROLLY.example]);
    expect(Object.keys(spec.props)).toEqual(['chart', ...Object.keys(TIMELINE.props)]);
  });

  it('checks a Scrolly naming an unknown chart against the bar chart, so its chart prop is what gets reported', () => {
    const spec = effectiveSpec('Scrolly', { chart: 'pie' });
    expect(Object.keys(spec.props)).toEqual(['chart', ...Object.keys(BAR_CHART.props)]);
    expect(spec.props.chart).toBe(SCROLLY.props.chart);
  });

  it('is the registry entry itself for every other component, whatever its props', () => {
    for (const name of NAMES.filter((n) => n !== 'Scrolly')) expect(effectiveSpec(name, { chart: 'line' }), name).toBe(STORY_COMPONENTS[name]);
  });
});
