import { describe, expect, it } from 'vitest';
import { attributeText, claimFrame, EMBED_WIDTH, embedHeight, embedSnippet, oembedResponse } from '../../../src/lib/publishing/claim-embed.ts';

const FRAME = { src: 'https://example.org/news/demo/claims/sales/embed/', title: 'Fact check: Sales reached 140 million', width: EMBED_WIDTH, height: 400 };

describe('attributeText', () => {
  it('escapes everything that could end a quoted attribute or start markup', () => {
    expect(attributeText(`"><script>alert('x')</script> & co`)).toBe('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co');
  });
});

describe('embedSnippet', () => {
  it('is one iframe naming the embed page, its size and an accessible title', () => {
    expect(embedSnippet(FRAME)).toBe(
      '<iframe src="https://example.org/news/demo/claims/sales/embed/" title="Fact check: Sales reached 140 million" width="500" height="400" loading="lazy" style="border: 0; max-width: 100%;"></iframe>',
    );
  });
  it('keeps hostile text in the title an attribute value: one element, no script', () => {
    const snippet = embedSnippet({ ...FRAME, title: 'Fact check: "><script>alert(1)</script><iframe src="javascript:alert(2)">' });
    expect(snippet.match(/</g)).toHaveLength(2);
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain('title="Fact check: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;iframe src=&quot;javascript:alert(2)&quot;&gt;"');
  });
});

describe('embedHeight', () => {
  const short = { claim: 'Sales grew', quote: 'Sales grew.', claimant: 'An author', summary: 'Right.' };
  it('is a multiple of 10 px', () => {
    expect(embedHeight(short) % 10).toBe(0);
  });
  it('grows with the text', () => {
    expect(embedHeight({ ...short, quote: 'word '.repeat(100) })).toBeGreaterThan(embedHeight(short));
    expect(embedHeight({ ...short, summary: 'word '.repeat(100) })).toBeGreaterThan(embedHeight(short));
  });
});

describe('oembedResponse', () => {
  const response = oembedResponse({ frame: FRAME, title: 'Sales reached 140 million', providerName: 'Marginalia', providerUrl: 'https://example.org/news/', thumbnailUrl: 'https://example.org/news/demo/claims/sales/card.png' });
  it('is an oEmbed 1.0 rich response whose html is the snippet, with its size', () => {
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Sales reached 140 million',
      provider_name: 'Marginalia',
      provider_url: 'https://example.org/news/',
      html: embedSnippet(FRAME),
      width: 500,
      height: 400,
      thumbnail_url: 'https://example.org/news/demo/claims/sales/card.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('claimFrame', () => {
  it('frames the embed page at the card width, titled by the claim, as tall as its text needs', () => {
    const claim = { claimReviewed: 'Sales reached 140 million', quote: 'sales reached 140 million', claimant: 'Author', summary: 'Right.' };
    expect(claimFrame(FRAME.src, claim)).toEqual({ src: FRAME.src, title: 'Fact check: Sales reached 140 million', width: 500, height: embedHeight({ claim: claim.claimReviewed, quote: claim.quote, claimant: claim.claimant, summary: claim.summary }) });
  });
});
