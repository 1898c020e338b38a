// Citation notes in the right margin (wide screens) sit at the line that cites them; when two lines cite close
// together, this nudges the later note down so they never overlap. Without JavaScript the notes may touch.

const GAP = 6;

function layoutNotes(): void {
  let lastBottom = -Infinity;
  for (const note of document.querySelectorAll<HTMLElement>('.cite-note')) {
    note.style.transform = '';
    if (getComputedStyle(note).position !== 'absolute') continue;
    const box = note.getBoundingClientRect();
    const top = box.top + window.scrollY;
    const shift = Math.max(0, lastBottom + GAP - top);
    if (shift > 0) note.style.transform = `translateY(${Math.ceil(shift)}px)`;
    lastBottom = top + shift + box.height;
  }
}

let frame = 0;
const schedule = () => {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(layoutNotes);
};
window.addEventListener('resize', schedule);
window.addEventListener('load', schedule);
schedule();
