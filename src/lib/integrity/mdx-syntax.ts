// A story whose MDX does not parse, reported in an editor's words: which line, what is wrong, what to type. The
// parser's messages speak of JSX and expressions; each case it reports is told here as the mistake editors make.
import type { StoryEntry } from '../content/bundle.ts';
import { error, type Problem } from '../content/problem.ts';
import type { MdxSyntaxError } from '../content/story-mdx.ts';

interface Wording {
  message: string;
  fix: string;
}

/** What is wrong with a tag that does not even start right, read from the text of its line. */
function malformedTag(lineText: string, column: number): Wording {
  const rest = lineText.slice(Math.max(0, column - 1));
  const tag = /^<\/?([A-Za-z][\w.]*)?/.exec(rest);
  const name = tag?.[1];
  if (!name) {
    return { message: 'a "<" here starts no tag', fix: 'to show the character itself, write &lt; (or put the text in `backticks`); for a link, write [text](https://…)' };
  }
  const inTag = rest.slice(0, rest.indexOf('>') >= 0 ? rest.indexOf('>') + 1 : undefined);
  if ((inTag.match(/"/g)?.length ?? 0) % 2 === 1) return { message: `the <${name}> tag has a quote mark that is not closed`, fix: 'close every value with a second " (e.g. id="overseas-sales")' };
  if (/=\s*\{[^}]*$/.test(inTag) || (inTag.match(/\{/g)?.length ?? 0) > (inTag.match(/\}/g)?.length ?? 0)) return { message: `the <${name}> tag has a { that is not closed`, fix: 'close it with }, as in value={["a", "b"]}' };
  if (/=\s*[^"'{\s]/.test(inTag)) return { message: `a value in the <${name}> tag is not in quotes`, fix: 'put text values in double quotes, e.g. source="idc-china-2021"' };
  if (!rest.includes('>')) return { message: `the <${name}> tag is not finished on this line`, fix: `end it with /> (as in <${name} … />), or with > and a closing </${name}> later` };
  return { message: `the <${name}> tag is not written correctly`, fix: `write it as <${name} prop="value" />; compare with docs/EDITING.md` };
}

/** The parser's reason, as an editor reads it. */
export function describeMdxError(reason: string, lineText: string, column: number): Wording {
  const unclosed = /^Expected a closing tag for `<([^>`]+)>`.*?(before the end of `(\w+)`)?\s*\(mdx/.exec(reason);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    const within = unclosed[3] === 'paragraph' ? ' before the paragraph ends' : '';
    return { message: `<${name}> is opened but never closed${within}`, fix: `end the tag with /> (as in <${name} … />), or add </${name}> after what it holds` };
  }
  const stray = /^Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/.exec(reason);
  if (stray) return { message: `</${stray[1]}> closes a tag that was never opened`, fix: `remove </${stray[1]}>, or open <${stray[1]}> before it` };
  const crossed = /^Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>`/.exec(reason);
  if (crossed) return { message: `</${crossed[1]}> closes a tag, but <${crossed[2]}> is still open`, fix: `close <${crossed[2]}> first with </${crossed[2]}>, or fix the tag names so they match` };
  if (/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/.test(reason)) {
    return { message: 'a { is never closed', fix: 'remove the stray {, or close it with }; to show a brace in the text, write \\{' };
  }
  if (/^Unexpected character after `<`/.test(reason)) return malformedTag(lineText, column);
  if (/^Could not parse expression/.test(reason)) {
    return { message: 'the text between { and } is not a value the story can use', fix: 'write a literal such as {2020} or {["a", "b"]}; to show braces in the text, write \\{ and \\}' };
  }
  return { message: `the MDX does not parse: ${reason.replace(/\s*\(mdx[^)]*\)\s*$/, '')}`, fix: 'compare the line with the examples in docs/EDITING.md' };
}

/** The problem a story's syntax error gives: one, at the line where the parser stopped. */
export function mdxSyntaxProblem(story: StoryEntry, syntax: MdxSyntaxError): Problem {
  const lineText = story.body.split('\n')[syntax.line - 1] ?? '';
  const { message, fix } = describeMdxError(syntax.reason, lineText, syntax.column);
  return error(story.file, `line ${story.bodyLine + syntax.line - 1}`, message, fix);
}
