// Hover and focus cards for citations and glossary terms: shows the reference entry beside the [n] link, or the
// term's definition beside the word, without leaving the page. The plain links (to the reference list, to the
// glossary) work without this script; Escape closes the card and keeps focus. After a jump to the references, the
// way back to the citation the reader came from is marked among the entry's ↑ links.

const CARD_ID = 'cite-card';
let card: HTMLDivElement | null = null;
let owner: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;

function ensureCard(): HTMLDivElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'cite-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(card);
  return card;
}

function referenceFor(link: HTMLAnchorElement): HTMLElement | null {
  const id = decodeURIComponent(link.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/** What the card shows for a link: a term's definition, or the reference entry without its way-back links. */
function cardContent(link: HTMLAnchorElement): Node[] | null {
  if (link.matches('a.term')) {
    const definition = link.dataset.definition;
    if (!definition) return null;
    const name = document.createElement('strong');
    name.textContent = link.textContent ?? '';
    return [name, document.createTextNode(`: ${definition}`)];
  }
  const reference = referenceFor(link);
  if (!reference) return null;
  return Array.from(reference.childNodes, (node) => node.cloneNode(true)).filter((node) => !(node instanceof Element && node.matches('[data-ref-back]')));
}

function show(link: HTMLAnchorElement): void {
  const content = cardContent(link);
  if (!content) return;
  window.clearTimeout(hideTimer);
  const target = ensureCard();
  target.replaceChildren(...content);
  target.hidden = false;
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', CARD_ID);
  place(target, link);
}

function place(target: HTMLElement, link: HTMLElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  target.style.width = `${width}px`;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  target.style.left = `${left}px`;
  target.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide(): void {
  if (card) card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

function citeLink(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite, a.term') : null;
}

document.addEventListener('mouseover', (event) => {
  const link = citeLink(event.target);
  if (link) show(link);
});
document.addEventListener('mouseout', (event) => {
  if (citeLink(event.target)) scheduleHide();
});
document.addEventListener('focusin', (event) => {
  const link = citeLink(event.target);
  if (link) show(link);
  else if (!(event.target instanceof Node && card?.contains(event.target))) hide();
});
document.addEventListener('focusout', (event) => {
  if (citeLink(event.target)) scheduleHide();
});
document.addEventListener('click', (event) => {
  const link = citeLink(event.target);
  const reference = link?.matches('a.cite') ? referenceFor(link) : null;
  if (!link || !reference) return;
  hide();
  for (const back of reference.querySelectorAll<HTMLAnchorElement>('[data-ref-back] a')) {
    if (back.hash === `#${link.id}`) back.setAttribute('data-current', '');
    else back.removeAttribute('data-current');
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && card && !card.hidden) hide();
});
