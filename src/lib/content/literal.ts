// Reads the value of an MDX prop written as an expression, when it is a plain literal: {2020}, {true}, {-3.5},
// {["a", "b"]}, {[{ at: "2020", text: "Peak" }]}. Anything else (a variable, a function call, arithmetic) is not
// evaluated: the checks leave such props to the build.

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export type LiteralResult = { ok: true; value: Literal } | { ok: false };

class Reader {
  private index = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  parse(): Literal {
    const value = this.value();
    this.space();
    if (this.index !== this.text.length) throw new Error('trailing text');
    return value;
  }

  private space(): void {
    while (this.index < this.text.length && /\s/.test(this.text[this.index] ?? '')) this.index++;
  }

  private peek(): string {
    this.space();
    return this.text[this.index] ?? '';
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new Error(`expected ${char}`);
    this.index++;
  }

  private value(): Literal {
    const char = this.peek();
    if (char === '"' || char === "'") return this.string(char);
    if (char === '[') return this.list();
    if (char === '{') return this.object();
    if (char === '-' || /[0-9.]/.test(char)) return this.number();
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.index))?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.index += word.length;
      return word === 'null' ? null : word === 'true';
    }
    throw new Error('not a literal');
  }

  private string(quote: string): string {
    this.index++;
    let out = '';
    while (this.index < this.text.length) {
      const char = this.text[this.index++] ?? '';
      if (char === quote) return out;
      if (char === '\\') {
        const next = this.text[this.index++] ?? '';
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else out += char;
    }
    throw new Error('unclosed string');
  }

  private number(): number {
    const match = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.index));
    if (!match) throw new Error('not a number');
    this.index += match[0].length;
    return Number(match[0]);
  }

  private list(): Literal[] {
    this.expect('[');
    const items: Literal[] = [];
    while (this.peek() !== ']') {
      items.push(this.value());
      if (this.peek() === ',') this.index++;
      else break;
    }
    this.expect(']');
    return items;
  }

  private object(): { [key: string]: Literal } {
    this.expect('{');
    const out: { [key: string]: Literal } = {};
    while (this.peek() !== '}') {
      const char = this.peek();
      let key: string;
      if (char === '"' || char === "'") key = this.string(char);
      else {
        const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.index))?.[0];
        if (!word) throw new Error('expected a key');
        this.index += word.length;
        key = word;
      }
      this.expect(':');
      out[key] = this.value();
      if (this.peek() === ',') this.index++;
      else break;
    }
    this.expect('}');
    return out;
  }
}

/** The literal an expression's text spells, or { ok: false } when it is anything else. */
export function parseLiteral(text: string): LiteralResult {
  try {
    return { ok: true, value: new Reader(text).parse() };
  } catch {
    return { ok: false };
  }
}
