// The editing guide's component tables, written from the registry (src/lib/registry/story-components.ts), so the
// guide lists exactly the components and props the checks accept. `npm run docs` writes them into docs/EDITING.md;
// a test fails when the guide and the registry disagree.
import type { ComponentSpec, PropSpec } from '../../src/lib/registry/prop-spec.ts';
import { STORY_COMPONENTS } from '../../src/lib/registry/story-components.ts';
import { SCROLLY_CHARTS } from '../../src/lib/charts/scrolly-steps.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => `\`${text}\``;

/** What a prop holds, in an editor's words. */
function takes(prop: PropSpec): string {
  switch (prop.kind) {
    case 'text':
      return 'text';
    case 'choice':
      return prop.values.map((value) => code(`"${value}"`)).join(', ');
    case 'boolean':
      return 'true or false';
    case 'key':
      return 'a key ("2020" or {2020})';
    case 'keys':
      return 'a key, or a list {["a", "b"]}';
    case 'ref':
      return { claim: 'a claim id', source: 'a source id', dataset: 'a dataset id', term: 'a glossary term id', verdict: 'a rating id' }[prop.to];
    case 'column': {
      const type = prop.types ? `a ${prop.types.join(' or ')} column` : 'a column';
      return prop.list ? `${type}, or a list of them` : type;
    }
    case 'where':
      return 'row filters "column=value"';
    case 'annotations':
      return 'a list {[{ at: "…", text: "…" }]}';
  }
}

const CHILDREN: Record<ComponentSpec['children'], string> = {
  none: 'Nothing between tags: write it as one tag ending in `/>`.',
  text: 'Holds text between its tags.',
  annotations: 'Holds `<Annotation>` callouts between its tags.',
  steps: 'Holds `<Step>`s between its tags.',
};

/** One line per component: the tag, what it shows. */
export function componentSummary(): string {
  const rows = Object.entries(STORY_COMPONENTS).map(([name, spec]) => `| ${code(`<${name}>`)} | ${cell(spec.doc)} |`);
  return ['| component | what it shows |', '| --- | --- |', ...rows].join('\n');
}

/** A section per component: what it shows, where it goes, an example and a table of its props. */
export function componentReference(): string {
  return Object.entries(STORY_COMPONENTS)
    .map(([name, spec]) => {
      const parents = spec.parents ? ` Only inside ${spec.parents.map((p) => code(`<${p}>`)).join(', ')}.` : '';
      const scrolly = name === 'Scrolly' ? ` It also takes the props of the chart it draws: ${Object.entries(SCROLLY_CHARTS).map(([value, chart]) => `${code(`chart="${value}"`)} those of ${code(`<${chart}>`)}`).join(', ')}.` : '';
      const props = Object.entries(spec.props).map(
        ([prop, p]) => `| ${code(prop)} | ${p.required ? 'yes' : ''} | ${cell(takes(p))} | ${cell(p.default ?? '')} | ${cell(p.doc)} |`,
      );
      const table = props.length > 0 ? ['', '| prop | required | takes | default | what it does |', '| --- | --- | --- | --- | --- |', ...props] : ['', 'It takes no props.'];
      return [`### ${code(`<${name}>`)}`, '', `${spec.doc} ${CHILDREN[spec.children]}${parents}${scrolly}`, '', '```mdx', spec.example, '```', ...table].join('\n');
    })
    .join('\n\n');
}

/** The guide with both generated parts replaced between their markers. Throws when a marker is missing. */
export function withComponentDocs(guide: string): string {
  return replaceBetween(replaceBetween(guide, 'component-summary', componentSummary()), 'component-reference', componentReference());
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}: generated from src/lib/registry by npm run docs -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/EDITING.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
