// Scrollytelling for <Scrolly> figures (progressive enhancement). The built page has each step's
// text followed by its chart. This marks the figure enhanced, so charts.css stacks the charts in one
// sticky place, then shows the chart of the step being read and announces the change in the
// figure's aria-live region. The DOM keeps its order: without this script the page reads the same.

const ACTIVE_BAND = '-60% 0px -39% 0px'; // a band 60 % down the viewport: the step crossing it is active

function enhance(root: HTMLElement): void {
  const live = root.querySelector<HTMLElement>('[data-scrolly-live]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  const graphics = [...root.querySelectorAll<HTMLElement>('[data-scrolly-graphic]')];
  const container = root.querySelector<HTMLElement>('.scrolly__steps');
  if (!live || !container || steps.length === 0 || steps.length !== graphics.length || !('IntersectionObserver' in window)) return;
  // Grid rows for charts.css, set here rather than as style attributes, which the Content-Security-Policy refuses.
  container.style.setProperty('--steps', String(steps.length));
  steps.forEach((step, index) => step.style.setProperty('--row', String(index + 1)));
  root.classList.add('is-enhanced');

  let current = -1;
  const show = (index: number, announce: boolean): void => {
    if (index < 0 || index === current) return;
    current = index;
    graphics.forEach((graphic, i) => graphic.classList.toggle('is-active', i === index));
    steps.forEach((step, i) => {
      if (i === index) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
    if (announce) live.textContent = `Step ${index + 1} of ${steps.length}. ${graphics[index]?.dataset.announce ?? ''}`;
  };
  show(0, false);

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) show(steps.indexOf(entry.target as HTMLElement), true);
    },
    { rootMargin: ACTIVE_BAND },
  );
  steps.forEach((step, index) => {
    observer.observe(step);
    // Keyboard users move step by step with Tab; focus in a step or its chart shows that chart.
    step.tabIndex = 0;
    step.addEventListener('focusin', () => show(index, true));
    graphics[index]?.addEventListener('focusin', () => show(index, true));
  });
}

document.querySelectorAll<HTMLElement>('figure[data-chart="scrolly"]').forEach(enhance);

export {}; // a module: its names stay out of the other scripts' scope
