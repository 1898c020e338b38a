// Deterministic pseudo-English for the benchmark: sentences of ordinary words in a light grammar, so the text
// has the length, word sizes and punctuation of real prose. No word is a rating label ("true", "false",
// "misleading", "opinion", "prediction"…), so generated claim summaries never trip the claimReviewed check.
import type { Rng } from './prng.ts';

const DETERMINERS = ['the', 'the', 'the', 'a', 'its', 'their', 'this', 'that', 'every', 'each', 'one', 'another'] as const;
const ADJECTIVES = [
  'annual', 'regional', 'domestic', 'foreign', 'national', 'local', 'large', 'small', 'new', 'old', 'early', 'late', 'public',
  'private', 'official', 'recent', 'steady', 'sharp', 'modest', 'rapid', 'slow', 'broad', 'narrow', 'leading', 'rival',
  'main', 'final', 'first', 'second', 'quarterly', 'monthly', 'overall', 'average', 'higher', 'lower', 'wider', 'strong',
  'weak', 'cheaper', 'premium', 'budget', 'industrial', 'urban', 'rural', 'coastal', 'northern', 'southern', 'western',
  'eastern', 'central', 'independent', 'careful', 'detailed', 'unusual', 'common', 'rare', 'full', 'partial',
] as const;
const NOUNS = [
  'company', 'market', 'report', 'survey', 'share', 'figure', 'government', 'ministry', 'office', 'agency', 'analyst',
  'tracker', 'factory', 'supplier', 'buyer', 'shop', 'region', 'province', 'city', 'country', 'border', 'price', 'cost',
  'budget', 'revenue', 'profit', 'loss', 'margin', 'output', 'export', 'import', 'tariff', 'rule', 'law', 'court',
  'policy', 'plan', 'target', 'goal', 'forecast', 'estimate', 'count', 'total', 'series', 'table', 'chart', 'release',
  'statement', 'speech', 'interview', 'article', 'author', 'editor', 'reader', 'customer', 'network', 'device', 'phone',
  'system', 'service', 'platform', 'brand', 'model', 'product', 'chip', 'plant', 'harbour', 'railway', 'road', 'bridge',
  'school', 'hospital', 'farm', 'harvest', 'season', 'quarter', 'decade', 'century', 'population', 'census', 'worker',
  'household', 'income', 'wage', 'pension', 'loan', 'bank', 'fund', 'bond', 'currency', 'energy', 'grid', 'station',
  'fleet', 'route', 'ledger', 'quota', 'licence', 'permit', 'contract', 'tender', 'auction', 'index', 'sample', 'record',
] as const;
const VERBS = [
  'reported', 'published', 'estimated', 'counted', 'measured', 'raised', 'cut', 'doubled', 'halved', 'reached', 'passed',
  'overtook', 'matched', 'lost', 'gained', 'shipped', 'sold', 'bought', 'built', 'opened', 'closed', 'approved', 'rejected',
  'announced', 'delayed', 'revised', 'confirmed', 'questioned', 'described', 'explained', 'compared', 'tracked', 'listed',
  'funded', 'backed', 'supplied', 'replaced', 'expanded', 'reduced', 'moved', 'followed', 'led', 'joined', 'left',
] as const;
const PREPOSITIONS = ['in', 'across', 'after', 'before', 'during', 'from', 'for', 'with', 'without', 'under', 'over', 'beyond', 'within', 'near', 'since'] as const;
const CONJUNCTIONS = ['and', 'but', 'while', 'although', 'because', 'so', 'whereas', 'until'] as const;
const ADVERBS = ['later', 'again', 'quietly', 'openly', 'quickly', 'slowly', 'already', 'still', 'mostly', 'rarely', 'often', 'then'] as const;
/** Capitalised names: places, firms and people, as news prose has them. */
export const NAMES = [
  'Arden', 'Belmont', 'Calder', 'Dunmore', 'Easton', 'Fairview', 'Glenrock', 'Harlow', 'Inverly', 'Jarrow', 'Kestrel',
  'Lindqvist', 'Marlow', 'Northam', 'Oakridge', 'Penrith', 'Quarry', 'Redfern', 'Stanmore', 'Thornbury', 'Ulverston',
  'Vantor', 'Westbrook', 'Yardley', 'Zennor', 'Ashby', 'Brampton', 'Corwen', 'Dalby', 'Elstow',
] as const;

/** Every word the generator can emit, lower-cased (names included), for tests. */
export const VOCABULARY: readonly string[] = [
  ...DETERMINERS, ...ADJECTIVES, ...NOUNS, ...VERBS, ...PREPOSITIONS, ...CONJUNCTIONS, ...ADVERBS, ...NAMES.map((n) => n.toLowerCase()),
  'million', 'percent', 'units',
];

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function nounPhrase(rng: Rng): string {
  const parts: string[] = [rng.pick(DETERMINERS)];
  if (rng.chance(0.5)) parts.push(rng.pick(ADJECTIVES));
  if (rng.chance(0.2)) parts.push(rng.pick(NAMES));
  parts.push(rng.pick(NOUNS));
  return parts.join(' ');
}

function tail(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.15) return ` in ${rng.int(1990, 2025)}`;
  if (roll < 0.25) return ` by ${rng.int(2, 95)} percent`;
  if (roll < 0.32) return ` to ${rng.int(2, 900)} million`;
  if (roll < 0.7) return ` ${rng.pick(PREPOSITIONS)} ${nounPhrase(rng)}`;
  return '';
}

function clause(rng: Rng): string {
  const adverb = rng.chance(0.15) ? ` ${rng.pick(ADVERBS)}` : '';
  return `${nounPhrase(rng)}${adverb} ${rng.pick(VERBS)} ${nounPhrase(rng)}${tail(rng)}`;
}

/** One sentence of 8–30 words, capitalised, ending in a full stop. */
export function sentence(rng: Rng): string {
  let text = clause(rng);
  if (rng.chance(0.55)) text += `${rng.chance(0.3) ? ';' : ','} ${rng.pick(CONJUNCTIONS)} ${clause(rng)}`;
  return `${capitalise(text)}.`;
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Sentences until at least `words` words. */
export function sentences(rng: Rng, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(rng);
    out.push(s);
    count += wordCount(s);
  }
  return out;
}

/** A title-like phrase of a few words, without a full stop. */
export function headline(rng: Rng): string {
  return capitalise(`${nounPhrase(rng)} ${rng.pick(VERBS)} ${nounPhrase(rng)}`);
}

/** A short label (at most `max` characters) made of words, e.g. for claimReviewed. */
export function shortPhrase(rng: Rng, max: number): string {
  let text = capitalise(`${rng.pick(NAMES)} ${rng.pick(VERBS)} ${nounPhrase(rng)}`);
  while (text.length >= max) text = text.split(' ').slice(0, -1).join(' ');
  return text;
}
