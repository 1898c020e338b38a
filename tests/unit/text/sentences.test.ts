import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../../src/lib/text/sentences.ts';

const pieces = (text: string) => {
  const cuts = [0, ...sentenceStarts(text), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
};

describe('sentenceStarts', () => {
  it('starts a sentence after the space that follows a full stop', () => {
    expect(pieces('One sentence. Another one! A third?')).toEqual(['One sentence. ', 'Another one! ', 'A third?']);
  });

  it('starts a sentence where a machine translation left out the space', () => {
    expect(pieces('sold overseas.As is known to all, it grew!In the market')).toEqual(['sold overseas.', 'As is known to all, it grew!', 'In the market']);
  });

  it('treats a semicolon joined to a capital letter as a sentence break', () => {
    expect(pieces('no maker uses it;How does that work?')).toEqual(['no maker uses it;', 'How does that work?']);
  });

  it('does not break inside abbreviations or numbers', () => {
    expect(sentenceStarts('The U.S.A. sold 3.5 million.')).toEqual([]);
    expect(sentenceStarts('Sales rose 1.9%')).toEqual([]);
  });

  it('has no start at either end of the text, and none in an empty text', () => {
    expect(sentenceStarts('')).toEqual([]);
    expect(sentenceStarts('Just one.')).toEqual([]);
  });
});
