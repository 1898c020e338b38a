import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../src/lib/anchoring/anchor-quote.ts';
import { claimFromSelection } from '../../../src/lib/dev/claim-from-selection.ts';

const BODY = 'The maker sold fifty million widgets in 2021. A year later it again sold fifty million widgets, its rivals said.';

describe('claimFromSelection', () => {
  it('takes words that occur once as they are, whitespace tidied', () => {
    expect(claimFromSelection(BODY, '  a year later\n it again ')).toEqual({ ok: true, quote: 'A year later it again', start: BODY.indexOf('A year later') });
  });

  it('adds the words before (or after) a repeated quote, enough to point at the occurrence selected', () => {
    const second = BODY.lastIndexOf('fifty million widgets');
    const result = claimFromSelection(BODY, 'fifty million widgets', second);
    expect(result).toMatchObject({ ok: true, quote: 'fifty million widgets', start: second });
    if (!result.ok) throw new Error('expected a quote');
    const anchored = anchorQuote(BODY, { exact: result.quote, prefix: result.prefix, suffix: result.suffix });
    expect(anchored.ok && anchored.start).toBe(second);
  });

  it('picks the occurrence nearest the selection, the first one too', () => {
    const result = claimFromSelection(BODY, 'fifty million widgets', 10);
    expect(result.ok && result.start).toBe(BODY.indexOf('fifty million widgets'));
  });

  it('asks for more words when it cannot tell which occurrence was meant', () => {
    expect(claimFromSelection(BODY, 'fifty million widgets')).toEqual({ ok: false, message: 'the selected words occur 2 times; select a few more words around them' });
  });

  it('refuses words that are not the article\'s (a selection that strayed into a note) and empty selections', () => {
    expect(claimFromSelection(BODY, 'Read the fact check')).toEqual({ ok: false, message: 'the selected words are not in the article as written: select words of the article only, not of the notes' });
    expect(claimFromSelection(BODY, ' ')).toEqual({ ok: false, message: 'select the words of the claim in the article first' });
  });
});
