import { describe, expect, it } from 'vitest';
import { annotationMarker, readAnnotations, readSteps, stepMarkers } from '../../../src/lib/charts/child-markers.ts';

describe('annotation markers', () => {
  it('carry an <Annotation>\'s props through the rendered children', () => {
    const html = `\n${annotationMarker({ at: 2020, text: 'Down -- by "half" <b>' })}\n${annotationMarker({ at: 'Xiaomi', text: "It's third" })}`;
    expect(readAnnotations(html)).toEqual([
      { at: 2020, text: 'Down -- by "half" <b>' },
      { at: 'Xiaomi', text: "It's third" },
    ]);
  });

  it('are HTML comments that cannot end early', () => {
    const marker = annotationMarker({ at: 'a', text: '--> <!-- "quoted"' });
    expect(marker).toMatch(/^<!--chart-annotation [^\s<>"'-]*-->$/);
  });

  it('leave out the attributes Astro adds for scoped styles', () => {
    expect(readAnnotations(annotationMarker({ at: 'a', text: 'b', 'data-astro-cid-abc': '' }))).toEqual([{ at: 'a', text: 'b' }]);
  });

  it('find nothing in children without annotations', () => {
    expect(readAnnotations('<p>Text</p>')).toEqual([]);
  });
});

describe('step markers', () => {
  it('wrap each step\'s text, which the Scrolly reads back in order with its props', () => {
    const one = stepMarkers({ highlight: '2019' });
    const two = stepMarkers({ highlight: ['2020', '2021'], annotation: 'Down' });
    const html = `${one.open}<p>First.</p>${one.close}\n${two.open}\n<p>Second, <a href="#ref-1">[1]</a>.</p>\n${two.close}`;
    expect(readSteps(html)).toEqual([
      { props: { highlight: '2019' }, html: '<p>First.</p>' },
      { props: { highlight: ['2020', '2021'], annotation: 'Down' }, html: '<p>Second, <a href="#ref-1">[1]</a>.</p>' },
    ]);
  });

  it('read a step without text', () => {
    const step = stepMarkers({});
    expect(readSteps(`${step.open}${step.close}`)).toEqual([{ props: {}, html: '' }]);
  });
});
