// The site's Content-Security-Policy, one list for astro.config (security.csp, which adds the hashes of the
import { createHash } from 'node:crypto';
// scripts and styles each page inlines and writes the policy into a <meta> on every page), the CSP gate in the
// tests, and the header form in docs/DEPLOYING.md.

/** Directives on every page besides script-src and style-src, which Astro writes with the page's hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Social cards and icons are our own files; charts are inline SVG. data: for images browsers synthesise.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources for script-src on every page; Astro adds a hash per inline script. No 'unsafe-inline', no eval. */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** Sources for style-src on every page; Astro adds a hash per inline style. No 'unsafe-inline'. */
export const STYLE_SOURCES = ["'self'"] as const;

/** What the search page adds to script-src: Pagefind compiles its search index's WebAssembly in the browser. */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"] as const;

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there), for hosts that can send headers:
 * frame-ancestors stops other sites framing ours (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The policy to send as a Content-Security-Policy header from hosts that set headers. Browsers enforce it together
 * with each page's <meta> policy (a resource must pass both), so it leaves script-src and style-src to the meta,
 * whose hashes differ from page to page.
 */
export function headerPolicy(): string {
  return [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The header for the claims' embed pages (/<story>/claims/<claim>/embed/), which any site may frame: the same
 * policy, with frame-ancestors opened to every origin. */
export function embedHeaderPolicy(): string {
  return [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');
}

/** The CSP source for an inline script or style with this exact text: 'sha256-…' without the quotes, as Astro's
 * csp.insertScriptHash and insertStyleHash take it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
