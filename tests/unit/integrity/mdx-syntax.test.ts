import { describe, expect, it } from 'vitest';
import { error } from '../../../src/lib/content/problem.ts';
import { describeMdxError, mdxSyntaxProblem } from '../../../src/lib/integrity/mdx-syntax.ts';
import { story } from './make-bundle.ts';

const STORY = 'content/stories/demo/index.mdx';

/** The problem the story body gives, the body starting on `bodyLine` of the file. Throws when it parses. */
function problemFor(body: string, bodyLine = 1) {
  const entry = story('demo', body, {}, bodyLine);
  if (!entry.mdx.syntaxError) throw new Error(`expected a syntax error in ${JSON.stringify(body)}`);
  return mdxSyntaxProblem(entry, entry.mdx.syntaxError);
}

/** Message and fix only, for the wording cases. */
function wordingFor(body: string) {
  const { message, fix } = problemFor(body);
  return { message, fix };
}

describe('mdxSyntaxProblem', () => {
  it('is one error on the story file, at the line of the file where the parser stopped', () => {
    expect(problemFor('Text.\n\n</BarChart>\n', 20)).toEqual(
      error(STORY, 'line 22', '</BarChart> closes a tag that was never opened', 'remove </BarChart>, or open <BarChart> before it'),
    );
  });

  it('counts from the first line of the body when the body starts the file', () => {
    expect(problemFor('</Claim>').field).toBe('line 1');
  });
});

describe('describeMdxError: what editors get wrong', () => {
  it('an unclosed tag', () => {
    expect(wordingFor('Text.\n\n<Claim id="overseas">\n\nMore.')).toEqual({
      message: '<Claim> is opened but never closed',
      fix: 'end the tag with /> (as in <Claim … />), or add </Claim> after what it holds',
    });
  });

  it('a tag not closed before the end of its paragraph', () => {
    expect(wordingFor('Sales of <Term id="gms">Google services grew.\n\nNext.')).toEqual({
      message: '<Term> is opened but never closed before the paragraph ends',
      fix: 'end the tag with /> (as in <Term … />), or add </Term> after what it holds',
    });
  });

  it('a tag not closed before the end of a list item, worded as unclosed', () => {
    expect(wordingFor('- <Claim id="overseas">\n\nText').message).toBe('<Claim> is opened but never closed');
  });

  it('a stray closing tag', () => {
    expect(wordingFor('Text.\n\n</BarChart>\n')).toEqual({ message: '</BarChart> closes a tag that was never opened', fix: 'remove </BarChart>, or open <BarChart> before it' });
  });

  it('crossed tags', () => {
    expect(wordingFor('<BarChart dataset="sales">\n<Scrolly>\n</BarChart>\n</Scrolly>\n')).toEqual({
      message: '</BarChart> closes a tag, but <Scrolly> is still open',
      fix: 'close <Scrolly> first with </Scrolly>, or fix the tag names so they match',
    });
  });

  it('an unclosed brace in the text', () => {
    expect(wordingFor('Sales { grew.')).toEqual({ message: 'a { is never closed', fix: 'remove the stray {, or close it with }; to show a brace in the text, write \\{' });
  });

  it('an unclosed quote in a tag', () => {
    expect(wordingFor('Sales<Cite source="canalys-2021 /> grew.')).toEqual({
      message: 'the <Cite> tag has a quote mark that is not closed',
      fix: 'close every value with a second " (e.g. id="overseas-sales")',
    });
  });

  it('an unclosed brace in a tag', () => {
    expect(wordingFor('<BarChart dataset="sales" value={["a", "b"] />\n')).toEqual({ message: 'the <BarChart> tag has a { that is not closed', fix: 'close it with }, as in value={["a", "b"]}' });
  });

  it('an unquoted value', () => {
    expect(wordingFor('<Claim id=overseas />\n')).toEqual({ message: 'a value in the <Claim> tag is not in quotes', fix: 'put text values in double quotes, e.g. source="idc-china-2021"' });
  });

  it('an unfinished tag', () => {
    expect(wordingFor('<Claim id="overseas"\n\nMore.')).toEqual({
      message: 'the <Claim> tag is not finished on this line',
      fix: 'end it with /> (as in <Claim … />), or with > and a closing </Claim> later',
    });
  });

  it('a lone "<" that starts no tag', () => {
    expect(wordingFor('Prices fell by <3 % a year.')).toEqual({
      message: 'a "<" here starts no tag',
      fix: 'to show the character itself, write &lt; (or put the text in `backticks`); for a link, write [text](https://…)',
    });
  });

  it('a tag written some other wrong way', () => {
    expect(wordingFor('<Claim id="overseas" #>\n')).toEqual({ message: 'the <Claim> tag is not written correctly', fix: 'write it as <Claim prop="value" />; compare with docs/EDITING.md' });
  });

  it('a bad expression between braces', () => {
    expect(wordingFor('Sales {1 +} grew.')).toEqual({
      message: 'the text between { and } is not a value the story can use',
      fix: 'write a literal such as {2020} or {["a", "b"]}; to show braces in the text, write \\{ and \\}',
    });
  });

  it('a bad expression in a prop', () => {
    expect(wordingFor('<BarChart value={[} />').message).toBe('the text between { and } is not a value the story can use');
  });

  it('reads the tag at the column the parser names, not the first on the line', () => {
    expect(wordingFor('See <Claim id="a" /> and <Cite source="b />').message).toBe('the <Cite> tag has a quote mark that is not closed');
  });
});

describe('describeMdxError: reasons it has no words for', () => {
  it("gives the parser's reason without its rule name", () => {
    expect(describeMdxError('Unexpected lazy line in container (mdx-jsx:unexpected-lazy)', '> text', 1)).toEqual({
      message: 'the MDX does not parse: Unexpected lazy line in container',
      fix: 'compare the line with the examples in docs/EDITING.md',
    });
  });

  it('keeps a reason that names no rule as it is', () => {
    expect(describeMdxError('Something new', '', 1).message).toBe('the MDX does not parse: Something new');
  });
});
