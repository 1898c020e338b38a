// Hostile text in every text field of a content folder: script breakouts, comment openers, an <img onerror> and a
// javascript: address, as an article under review, a cited page's title or a careless paste could carry them. Each
// field that the content checks then refuse (ids, addresses, dates, quotes that must match the original, lengths)
// is tried with a shorter payload, then given back its own text, so the build goes through with all the rest.
import { checkContent } from '../../../src/lib/integrity/check-content.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/problem.ts';
import { documentText, fieldName, readDocuments, setAt, stringLeaves, writeDocument, type ContentDocument, type LeafPath } from '../../content/content-documents.ts';

/** Each payload, if it ever ran, would count itself in window.__pwned. */
const RUN = 'window.__pwned=(window.__pwned||0)+1';
export const PAYLOADS = [`</script><script>${RUN}</script>`, '<!--', `<img src=x onerror="${RUN}">`, `javascript:${RUN}`] as const;
/** All four payloads, appended to a field. */
export const HOSTILE = PAYLOADS.join(' ');
/** For fields with little room (claimReviewed has a length limit): the script breakout and the comment opener. */
export const SHORT_HOSTILE = `${PAYLOADS[0].slice(0, 9)}${PAYLOADS[1]}`;

interface Field {
  doc: ContentDocument;
  path: LeafPath;
  original: string;
  /** 2: all payloads, 1: the short one, 0: given back. */
  level: 0 | 1 | 2;
}

export interface HostileReport {
  /** Text fields now carrying all four payloads. */
  full: number;
  /** Fields carrying the short payload only. */
  short: number;
  /** Fields the checks accept only as they were (ids, addresses, dates, enumerations, quotes). */
  refused: number;
  /** Originals whose text starts and ends with the payloads. */
  originals: number;
  /** Payload strings placed in all. */
  payloads: number;
  /** Every value placed, to compare with what the pages show and what their JSON-LD parses back to. */
  values: string[];
  /** file › field of each field given back. */
  refusedFields: string[];
}

/**
 * Cells of the datasets' string columns (chart labels, events) that no story or claim names: a value a chart's
 * filter or a figure check refers to must stay as it is, or the content is wrong rather than hostile.
 */
function csvTextCells(docs: readonly ContentDocument[]): Field[] {
  const referring = docs.filter((doc) => doc.path.startsWith('stories/') || doc.path.startsWith('claims/')).map((doc) => documentText(doc)).join('\n');
  return docs.filter((doc) => doc.kind === 'csv').flatMap((doc) => {
    const meta = docs.find((d) => d.path === doc.path.replace(/\.csv$/, '.yaml'))?.data as { columns?: Array<{ name: string; type: string }> } | undefined;
    const [header = [], ...rows] = doc.data as string[][];
    const textColumns = header.flatMap((name, col) => (meta?.columns?.find((c) => c.name === name)?.type === 'string' ? [col] : []));
    return rows.flatMap((row, r) => textColumns.filter((col) => row[col] && !referring.includes(row[col]!)).map((col) => ({ doc, path: [r + 1, col], original: row[col]!, level: 2 as const })));
  });
}

const withPayload = (field: Field) => (field.level === 2 ? `${field.original} ${HOSTILE}` : field.level === 1 ? `${field.original}${SHORT_HOSTILE}` : field.original);

/** Rewrites the content folder under `root` (root/content); returns what it placed. Throws if the checks never pass. */
export function injectHostileContent(root: string, contentDir = `${root}/content`): HostileReport {
  const docs = readDocuments(contentDir).filter((doc) => doc.kind !== 'text');
  const fields: Field[] = docs.filter((doc) => doc.kind !== 'csv').flatMap((doc) => stringLeaves(doc.data).map(({ path, value }) => ({ doc, path, original: value, level: 2 as const })));
  fields.push(...csvTextCells(docs));
  const originals = docs.filter((doc) => doc.path.startsWith('originals/') && doc.body !== undefined);
  for (const doc of originals) doc.body = `\n${HOSTILE}\n\n${(doc.body ?? '').trim()}\n\n${HOSTILE}\n`;
  const write = () => {
    for (const field of fields) setAt(field.doc.data, field.path, withPayload(field));
    for (const doc of docs) writeDocument(contentDir, doc);
  };
  let errors: Problem[] = [];
  for (let round = 0; round < 30; round++) {
    write();
    errors = checkContent(root, contentDir).problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) {
      const full = fields.filter((f) => f.level === 2).length;
      const short = fields.filter((f) => f.level === 1).length;
      const values = [...fields.filter((f) => f.level > 0).map(withPayload), HOSTILE];
      return { refusedFields: fields.filter((f) => f.level === 0).map((f) => `${f.doc.path} › ${fieldName(f.path)}`), full, short, refused: fields.length - full - short, originals: originals.length, payloads: full * PAYLOADS.length + short * 2 + originals.length * 2 * PAYLOADS.length, values };
    }
    // Judge every problem on the values this round wrote, and step each field back at most once per round.
    const written = new Map(fields.map((f) => [f, { value: withPayload(f), level: f.level }]));
    const stepped = new Set<Field>();
    for (const problem of errors) {
      // A CSV's problems come from its metadata file (column names), which is where the fields are.
      const file = problem.file.replace(/^.*?content\//, '').replace(/\.csv$/, '.yaml');
      const inFile = fields.filter((f) => f.doc.path === file && written.get(f)!.level > 0);
      const named = inFile.filter((f) => problem.field !== '' && (fieldName(f.path) === problem.field || fieldName(f.path).startsWith(`${problem.field}.`) || fieldName(f.path).startsWith(`${problem.field}[`)));
      // Or the fields whose text the problem quotes (a CSV header against its declared columns, say); a problem that
      // names no field we changed steps back the whole file.
      const quoted = fields.filter((f) => written.get(f)!.level > 0 && `${problem.message} ${problem.fix ?? ''}`.includes(written.get(f)!.value));
      const culprits = named.length > 0 ? named : quoted.length > 0 ? quoted : inFile;
      for (const field of culprits) {
        if (stepped.has(field)) continue;
        stepped.add(field);
        field.level = field.level === 2 ? 1 : 0;
      }
    }
  }
  throw new Error(`hostile content: the content checks still fail after giving fields back:\n${errors.map(formatProblem).join('\n')}`);
}
