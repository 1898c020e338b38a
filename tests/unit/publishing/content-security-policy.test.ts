import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHash, embedHeaderPolicy, headerPolicy, SCRIPT_SOURCES, STYLE_SOURCES } from '../../../src/lib/publishing/content-security-policy.ts';

describe('content security policy', () => {
  it('hashes a script as the CSP spec does: base64 of the SHA-256 of its UTF-8 text', () => {
    // Known vector: SHA-256 of the empty string.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('allows no inline script or style and no eval in the sources on every page', () => {
    for (const sources of [SCRIPT_SOURCES, STYLE_SOURCES]) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES).toContain("base-uri 'self'");
  });

  it('the header form adds frame-ancestors, which a <meta> policy cannot carry', () => {
    expect(headerPolicy()).toBe(`${CSP_DIRECTIVES.join('; ')}; frame-ancestors 'none'`);
  });

  it('the embed pages\' header is the same policy, framable by any site', () => {
    expect(embedHeaderPolicy()).toBe(`${CSP_DIRECTIVES.join('; ')}; frame-ancestors *`);
  });

  it('docs/DEPLOYING.md gives those headers, word for word, in each form it shows', () => {
    const docs = readFileSync(new URL('../../../docs/DEPLOYING.md', import.meta.url), 'utf8');
    expect(docs).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(docs).toContain(`Content-Security-Policy: ${embedHeaderPolicy()}`);
    const forms = [...docs.matchAll(/default-src[^"\n]*/g)].map((m) => m[0]);
    expect(forms.filter((f) => f === headerPolicy()).length).toBeGreaterThanOrEqual(4);
    expect(forms.filter((f) => f === embedHeaderPolicy()).length).toBeGreaterThanOrEqual(4);
    for (const form of forms) expect([headerPolicy(), embedHeaderPolicy()]).toContain(form);
  });
});
