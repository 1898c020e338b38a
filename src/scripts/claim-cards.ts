// Opens the explanation and evidence of a claim card when the reader arrives by a link to the claim, its title or
// anything inside it (a search result, the claims summary, a backlink from the references), so the <details> that
// keeps cards short is never in the way. Without this script, :target in the card's CSS shows the same content.

function openForHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const card = target.closest<HTMLElement>('.claim-card');
  const more = card?.querySelector<HTMLDetailsElement>('details.claim-card__more');
  if (more && !more.open) more.open = true;
  // A target inside a closed <details> elsewhere (the data table of a chart) is revealed too.
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
}

window.addEventListener('hashchange', openForHash);
openForHash();

export {};
