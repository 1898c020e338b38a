import { describe, expect, it } from 'vitest';
import { ANNOTATION, BAND_PROPS, CHART_PROPS, ChartError, keyList, nameList, NUMBER_TYPES } from '../../../src/lib/charts/chart-props.ts';

describe('NUMBER_TYPES', () => {
  it('are the two column types that hold numbers', () => {
    expect(NUMBER_TYPES).toEqual(['number', 'integer']);
  });
});

describe('CHART_PROPS', () => {
  it('are the props every chart shares, in the order the guide lists them', () => {
    expect(Object.keys(CHART_PROPS)).toEqual(['dataset', 'title', 'note', 'where', 'from', 'to', 'highlight', 'annotations']);
  });

  it('require only the dataset, named by id', () => {
    expect(Object.entries(CHART_PROPS).filter(([, prop]) => 'required' in prop && prop.required).map(([name]) => name)).toEqual(['dataset']);
    expect(CHART_PROPS.dataset).toMatchObject({ kind: 'ref', to: 'dataset' });
  });

  it('zoom with single keys and highlight with one key or several', () => {
    expect([CHART_PROPS.from.kind, CHART_PROPS.to.kind, CHART_PROPS.highlight.kind]).toEqual(['key', 'key', 'keys']);
  });
});

describe('BAND_PROPS', () => {
  it('offer the sort orders and bar directions the bar layouts take', () => {
    expect(BAND_PROPS.sort.values).toEqual(['none', 'asc', 'desc']);
    expect(BAND_PROPS.orientation.values).toEqual(['auto', 'horizontal', 'vertical']);
  });
});

describe('ANNOTATION', () => {
  it('requires at and text and holds nothing between its tags', () => {
    expect(ANNOTATION.props).toMatchObject({ at: { kind: 'key', required: true }, text: { kind: 'text', required: true } });
    expect(ANNOTATION.children).toBe('none');
  });

  it('leaves its parents to the registry', () => {
    expect(ANNOTATION.parents).toBeUndefined();
  });
});

describe('ChartError', () => {
  const error = new ChartError('BarChart', { prop: 'sort', value: 'up', message: 'must be one of "none", "asc", "desc"', fix: 'write sort="none"' });

  it('words the problem as the content checks do: tag, prop, value, message, fix', () => {
    expect(error.message).toBe('<BarChart sort="up">: must be one of "none", "asc", "desc". Fix: write sort="none"');
  });

  it('keeps the component and the problem for the checks to report', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChartError');
    expect(error.component).toBe('BarChart');
    expect(error.problem).toEqual({ prop: 'sort', value: 'up', message: 'must be one of "none", "asc", "desc"', fix: 'write sort="none"' });
  });

  it('names only the tag when no prop is at fault', () => {
    expect(new ChartError('Scrolly', { message: 'has no steps', fix: 'add a <Step>' }).message).toBe('<Scrolly>: has no steps. Fix: add a <Step>');
  });

  it('names the prop without a value when the value is not given', () => {
    expect(new ChartError('Timeline', { prop: 'annotations', message: 'unknown prop "annotations"', fix: 'remove it' }).message).toBe('<Timeline annotations>: unknown prop "annotations". Fix: remove it');
  });
});

describe('nameList and keyList', () => {
  it('turn one name or a list into a list', () => {
    expect(nameList('units')).toEqual(['units']);
    expect(nameList(['a', 'b'])).toEqual(['a', 'b']);
    expect(nameList(undefined)).toEqual([]);
  });

  it('turn numbers written as {2020} into keys', () => {
    expect(keyList(2020)).toEqual(['2020']);
    expect(keyList(['2019', 2020])).toEqual(['2019', '2020']);
  });

  it('give no keys for a prop left out', () => {
    expect(keyList(undefined)).toEqual([]);
  });

  it('return a new list, so a caller cannot change the props it was given', () => {
    const given = ['a', 'b'] as const;
    const list = nameList(given);
    list.push('c');
    expect(given).toEqual(['a', 'b']);
  });
});
