// Gate on the rendered layout: no text is drawn over other text, over a box that is not its own (a card, a chart, a
// note, the footer), or runs into the footer. Measured on the page as loaded, in page coordinates.
import type { Page } from 'playwright-core';

/** Overlaps this small in either direction are not text over text: a text box spans the font's whole ascent and
 * descent, which glyphs such as digits do not fill (an axis's "0" and the year under it touch by about 2.3 px). */
export const OVERLAP_TOLERANCE_PX = 3;

export interface Overlap {
  /** What is drawn over: a text, a box, or the footer. */
  kind: 'text' | 'box' | 'footer';
  /** The text box, e.g. `span.cite-note "3. IDC, China…"`. */
  text: string;
  /** The other text box or the box it is drawn over. */
  other: string;
  /** Page coordinates of the intersection, rounded. */
  at: { x: number; y: number; width: number; height: number };
}

/** Every text drawn over another text or box; empty when the layout holds. */
export async function findOverlaps(page: Page, tolerance = OVERLAP_TOLERANCE_PX): Promise<Overlap[]> {
  // Measure the layout the reader is left with, not a transition on its way there (a scrolly fading its charts).
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  return page.evaluate((tol) => {
    interface Rect { left: number; top: number; right: number; bottom: number }
    interface TextBox extends Rect { owner: Element; label: string; index: number }
    const SKIP = 'script, style, noscript, template, title, desc, svg title, svg desc';
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
    const snippet = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 40));
    const toPage = (r: DOMRect): Rect => ({ left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY });
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    // Text clipped away (visually-hidden, overflow: clip) is not drawn: keep only what is inside the element holding it
    // and every clipping ancestor.
    const clipOf = (el: Element): Rect | null => {
      let clip: Rect = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (let p: Element | null = el; p && p !== document.documentElement; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible' && style.clip === 'auto' && style.clipPath === 'none') continue;
        const r = toPage(p.getBoundingClientRect());
        clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
      }
      return clip.right - clip.left > 1 && clip.bottom - clip.top > 1 ? clip : null;
    };
    const intersect = (a: Rect, b: Rect): Rect | null => {
      const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
      return r.right - r.left > tol && r.bottom - r.top > tol ? r : null;
    };

    // Text boxes: one per line of HTML text, one per SVG <text>.
    const boxes: TextBox[] = [];
    const svgDone = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement;
      if (!owner || !node.textContent?.trim() || owner.closest(SKIP) || !visible(owner)) continue;
      const svgText = owner.closest('text');
      const rects: DOMRect[] = [];
      let label = snippet(node.textContent);
      let element: Element = owner;
      if (svgText) {
        if (svgDone.has(svgText)) continue;
        svgDone.add(svgText);
        rects.push(svgText.getBoundingClientRect());
        label = snippet(svgText.textContent ?? '');
        element = svgText;
      } else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...range.getClientRects());
      }
      const clip = clipOf(element);
      if (!clip) continue;
      for (const rect of rects) {
        const box = intersect(toPage(rect), clip);
        if (box) boxes.push({ ...box, owner: element, label: `${describe(element)} ${label}`, index: boxes.length });
      }
    }

    // Boxes a text must not be drawn over unless it is inside them: anything with a background or a border.
    const painted = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display.startsWith('inline') || style.display === 'contents') return false;
      const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
      const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
      return background || border;
    };
    const footer = document.querySelector('body > footer, .site-footer');
    const panels = [...document.querySelectorAll('body *')].filter((el) => !el.closest(SKIP) && el !== footer && visible(el) && painted(el));

    const found: Array<{ kind: 'text' | 'box' | 'footer'; text: string; other: string; at: { x: number; y: number; width: number; height: number } }> = [];
    const report = (kind: 'text' | 'box' | 'footer', text: string, other: string, r: Rect) =>
      found.push({ kind, text, other, at: { x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.right - r.left), height: Math.round(r.bottom - r.top) } });

    // Text over text: a sweep down the page, so only boxes that share a band of height are compared.
    const byTop = [...boxes].sort((a, b) => a.top - b.top);
    const seenPairs = new Set<string>();
    for (let i = 0; i < byTop.length; i++) {
      const a = byTop[i]!;
      for (let j = i + 1; j < byTop.length && byTop[j]!.top < a.bottom - tol; j++) {
        const b = byTop[j]!;
        if (a.owner === b.owner && a.label === b.label) continue;
        // Text in the footer against text outside it is reported once, as running into the footer (below).
        if (footer && footer.contains(a.owner) !== footer.contains(b.owner)) continue;
        const r = intersect(a, b);
        if (!r) continue;
        // The later one in the document is named as drawn over the earlier (as positioned boxes paint).
        const [under, over] = a.owner.compareDocumentPosition(b.owner) & Node.DOCUMENT_POSITION_FOLLOWING ? [a, b] : [b, a];
        const pair = `${over.label} | ${under.label}`;
        if (seenPairs.has(pair)) continue;
        seenPairs.add(pair);
        report('text', over.label, under.label, r);
      }
    }
    // Text over a box it is not inside, and text running into the footer.
    const footerRect = footer && visible(footer) ? toPage(footer.getBoundingClientRect()) : null;
    for (const box of boxes) {
      if (footerRect && !footer?.contains(box.owner)) {
        const r = intersect(box, footerRect);
        if (r) report('footer', box.label, 'the site footer', r);
      }
      for (const panel of panels) {
        if (panel.contains(box.owner) || box.owner.contains(panel)) continue;
        const r = intersect(box, toPage(panel.getBoundingClientRect()));
        if (r) report('box', box.label, describe(panel), r);
      }
    }
    return found;
  }, tolerance);
}

/** The page (already loaded at the viewport under test) must draw no text over text, over a box or into the footer. */
export async function checkNoOverlap(page: Page): Promise<string[]> {
  return overlapFailures(await findOverlaps(page));
}

/** The overlaps as failure messages, at most `limit` of them and a count of the rest. */
export function overlapFailures(overlaps: Overlap[], limit = 8): string[] {
  const line = (o: Overlap) => {
    const what = o.kind === 'text' ? 'is drawn over the text' : o.kind === 'footer' ? 'runs into' : 'is drawn over the box';
    return `${o.text} ${what} ${o.other} (${o.at.width}×${o.at.height} px at ${o.at.x},${o.at.y})`;
  };
  const lines = overlaps.slice(0, limit).map(line);
  if (overlaps.length > limit) lines.push(`… and ${overlaps.length - limit} more`);
  return lines;
}
