// Scrollytelling for <Scrolly> figures (progressive enhancement). The built page shows every step
// with its own chart; this moves those charts into one sticky stage and shows the chart of the step
// being read, announcing each change in the figure's aria-live region.

const ACTIVE_LINE = '-60% 0px -39% 0px'; // a band 60 % down the viewport: the step crossing it is active

function enhance(root: HTMLElement): void {
  const stage = root.querySelector<HTMLElement>('[data-scrolly-stage]');
  const live = root.querySelector<HTMLElement>('[data-scrolly-live]');
  const steps = [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  const graphics = steps.map((step) => step.querySelector<HTMLElement>('[data-scrolly-graphic]'));
  if (!stage || !live || steps.length === 0 || !('IntersectionObserver' in window)) return;

  for (const graphic of graphics) if (graphic) stage.append(graphic);
  stage.hidden = false;
  root.classList.add('is-enhanced');

  let current = -1;
  const show = (index: number, announce: boolean): void => {
    if (index < 0 || index === current) return;
    current = index;
    graphics.forEach((graphic, i) => {
      if (graphic) graphic.hidden = i !== index;
    });
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
    { rootMargin: ACTIVE_LINE },
  );
  steps.forEach((step, index) => {
    observer.observe(step);
    // Keyboard users can move step by step with Tab; focus anywhere in a step shows its chart.
    step.tabIndex = 0;
    step.addEventListener('focusin', () => show(index, true));
  });
}

document.querySelectorAll<HTMLElement>('figure[data-chart="scrolly"]').forEach(enhance);
