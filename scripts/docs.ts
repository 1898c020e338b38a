// npm run docs: writes the component tables of docs/EDITING.md from the component registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withComponentDocs } from '../tools/docs/component-docs.ts';

const guide = join(import.meta.dirname, '..', 'docs', 'EDITING.md');
const before = readFileSync(guide, 'utf8');
const after = withComponentDocs(before);
writeFileSync(guide, after);
console.log(after === before ? 'docs/EDITING.md is up to date' : 'docs/EDITING.md: component tables rewritten');
