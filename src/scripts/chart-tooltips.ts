// Tooltips for chart marks (progressive enhancement): bars and points become focusable and show
// their label and value on hover or focus; Escape hides the tooltip. Without this script the
// marks keep their SVG <title>, and the data table under each chart has every value.

const MARKS = 'figure.chart .layer-data rect, figure.chart .layer-data circle';
const TIP_ID = 'chart-tip';
let tip: HTMLDivElement | null = null;
let owner: SVGElement | null = null;

function ensureTip(): HTMLDivElement {
  if (tip) return tip;
  tip = document.createElement('div');
  tip.id = TIP_ID;
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

function show(mark: SVGElement): void {
  const text = mark.dataset.tip;
  if (!text) return;
  const box = ensureTip();
  owner?.removeAttribute('aria-describedby');
  owner = mark;
  mark.setAttribute('aria-describedby', TIP_ID);
  box.textContent = text;
  box.hidden = false;
  const rect = mark.getBoundingClientRect();
  const width = box.offsetWidth;
  const page = document.documentElement.clientWidth;
  const left = Math.max(4, Math.min(rect.left + rect.width / 2 - width / 2, page - width - 4));
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${rect.top + window.scrollY - box.offsetHeight - 6}px`;
}

function hide(): void {
  if (tip) tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

function markOf(target: EventTarget | null): SVGElement | null {
  return target instanceof SVGElement && target.matches(MARKS) ? target : null;
}

for (const mark of document.querySelectorAll<SVGElement>(MARKS)) {
  const title = mark.querySelector('title');
  if (!title?.textContent) continue;
  // The tooltip replaces the browser's own title tooltip, which would show as well.
  mark.dataset.tip = title.textContent;
  title.remove();
  mark.setAttribute('tabindex', '0');
}

document.addEventListener('mouseover', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
});
document.addEventListener('mouseout', (event) => {
  if (markOf(event.target)) hide();
});
document.addEventListener('focusin', (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});

export {}; // a module: its names stay out of the other scripts' scope
