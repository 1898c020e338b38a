// JSON for a data island inside HTML (<script type="application/ld+json">, or any other <script> data block): the
// text must never end the element early or open a comment, whatever the strings hold, and must still parse as the
// same JSON. The HTML parser reads a script's text raw, so "</script>" inside a string would close it; escaping
// <, > and & as \u003c, \u003e and \u0026 (valid in any JSON string) leaves no markup for the parser to see.

/** Characters the HTML parser could act on inside a <script>, and the two line separators that old JavaScript
 * parsers refused inside strings; each becomes its \u escape, which JSON.parse turns back into the character. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

const escapeCharacter = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `value` as JSON text safe to put between <script type="…json"> and </script>; JSON.parse of it equals
 * JSON.parse(JSON.stringify(value)). Throws a TypeError for values JSON cannot represent (undefined, functions).
 */
export function jsonInHtml(value: unknown): string {
  const json = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError(`jsonInHtml: ${typeof value} cannot be written as JSON`);
  // Outside strings JSON has only punctuation, digits and keywords, so every match is inside a string literal.
  return json.replace(UNSAFE_IN_SCRIPT, escapeCharacter);
}
