import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../src/lib/text/paragraphs.ts';

describe('paragraphs', () => {
  it('splits text at blank lines', () => {
    expect(paragraphs('First paragraph.\n\nSecond paragraph.')).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('joins the lines of one paragraph with a space, as YAML block text wraps them', () => {
    expect(paragraphs('Global sales minus\nsales in China.')).toEqual(['Global sales minus sales in China.']);
  });

  it('counts a line of spaces as blank', () => {
    expect(paragraphs('One.\n   \nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('treats several blank lines as one break', () => {
    expect(paragraphs('One.\n\n\n\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('trims spaces around each paragraph and indentation inside it', () => {
    expect(paragraphs('  One,\n    indented.  \n\n  Two.  ')).toEqual(['One, indented.', 'Two.']);
  });

  it('drops blank text at the start and the end', () => {
    expect(paragraphs('\n\nOne.\n\n\n')).toEqual(['One.']);
  });

  it('gives no paragraphs for empty or blank text', () => {
    expect([paragraphs(''), paragraphs(' \n \n ')]).toEqual([[], []]);
  });

  it('reads Windows line endings', () => {
    expect(paragraphs('One,\r\nstill one.\r\n\r\nTwo.')).toEqual(['One, still one.', 'Two.']);
  });
});
