import { describe, expect, it } from 'vitest';
import { isCalendarDate, isLanguageTag, isPartialDate, isWebUrl, isoDate, languageTag, partialDate, scalarToText, slug, text } from '../../../src/lib/content/fields.ts';

describe('isCalendarDate', () => {
  it('accepts a real YYYY-MM-DD date', () => {
    expect(isCalendarDate('2022-01-27')).toBe(true);
  });

  it('accepts 29 February in a leap year', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('refuses 29 February in a common year', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });

  it('refuses 30 February', () => {
    expect(isCalendarDate('2022-02-30')).toBe(false);
  });

  it('refuses month 13 and month 00', () => {
    expect(isCalendarDate('2022-13-01')).toBe(false);
    expect(isCalendarDate('2022-00-10')).toBe(false);
  });

  it('refuses day 00 and 31 April', () => {
    expect(isCalendarDate('2022-01-00')).toBe(false);
    expect(isCalendarDate('2022-04-31')).toBe(false);
  });

  it('refuses other formats and words', () => {
    expect(isCalendarDate('2022-1-27')).toBe(false);
    expect(isCalendarDate('27/01/2022')).toBe(false);
    expect(isCalendarDate('2022-01-27T10:00')).toBe(false);
    expect(isCalendarDate('yesterday')).toBe(false);
    expect(isCalendarDate('2022')).toBe(false);
  });
});

describe('isPartialDate', () => {
  it('accepts a year alone', () => {
    expect(isPartialDate('2022')).toBe(true);
  });

  it('accepts a year and month', () => {
    expect(isPartialDate('2022-02')).toBe(true);
    expect(isPartialDate('2022-12')).toBe(true);
  });

  it('refuses month 00 and 13', () => {
    expect(isPartialDate('2022-00')).toBe(false);
    expect(isPartialDate('2022-13')).toBe(false);
  });

  it('accepts a full date only when the day exists', () => {
    expect(isPartialDate('2022-01-27')).toBe(true);
    expect(isPartialDate('2022-02-30')).toBe(false);
  });

  it('refuses words and short years', () => {
    expect(isPartialDate('unknown')).toBe(false);
    expect(isPartialDate('22')).toBe(false);
  });
});

describe('isWebUrl', () => {
  it('accepts https and http addresses', () => {
    expect(isWebUrl('https://example.org/widgets-2021')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
  });

  it('refuses javascript:, ftp:, file: and mailto: addresses', () => {
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.org/data.csv')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl('mailto:desk@example.org')).toBe(false);
  });

  it('refuses relative links and bare host names', () => {
    expect(isWebUrl('/sources/stats')).toBe(false);
    expect(isWebUrl('example.org/widgets')).toBe(false);
  });

  it('refuses an address with no host', () => {
    expect(isWebUrl('https://')).toBe(false);
  });

  it('refuses spaces, angle brackets and double quotes, which mark pasted prose or markup', () => {
    expect(isWebUrl('https://example.org/a page')).toBe(false);
    expect(isWebUrl('https://example.org/"><script>alert(1)</script>')).toBe(false);
    expect(isWebUrl('https://example.org/a\n')).toBe(false);
  });
});

describe('isLanguageTag', () => {
  it('accepts BCP 47 tags', () => {
    for (const tag of ['en', 'zh', 'zh-Hant', 'pt-BR', 'yue']) expect(isLanguageTag(tag), tag).toBe(true);
  });

  it('refuses names, markup and malformed tags', () => {
    for (const tag of ['', 'English', 'en </script>', 'zh_CN', '<!--', 'e']) expect(isLanguageTag(tag), tag).toBe(false);
  });

  it('reports a bad tag with the fix in the schema', () => {
    const result = languageTag.safeParse('Chinese');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a language tag, e.g. "en", "zh" or "zh-Hant"');
  });
});

describe('field schemas', () => {
  it('scalarToText turns YAML booleans and numbers back into text', () => {
    expect(scalarToText(true)).toBe('true');
    expect(scalarToText(2021)).toBe('2021');
    expect(scalarToText('x')).toBe('x');
    expect(scalarToText(null)).toBe(null);
  });

  it('slug accepts an unquoted true as the id "true"', () => {
    expect(slug.parse(true)).toBe('true');
  });

  it('slug refuses upper case, spaces and double hyphens', () => {
    expect(slug.safeParse('Stats').success).toBe(false);
    expect(slug.safeParse('stats office').success).toBe(false);
    expect(slug.safeParse('stats--office').success).toBe(false);
    expect(slug.safeParse('-stats').success).toBe(false);
  });

  it('isoDate accepts a Date object as YAML 1.1 loaders give it', () => {
    expect(isoDate.parse(new Date(Date.UTC(2022, 0, 27)))).toBe('2022-01-27');
  });

  it('partialDate accepts a year YAML read as a number', () => {
    expect(partialDate.parse(2022)).toBe('2022');
  });

  it('isoDate refuses a year alone', () => {
    expect(isoDate.safeParse('2022').success).toBe(false);
  });

  it('text trims and refuses blank text', () => {
    expect(text.parse('  Widgets  ')).toBe('Widgets');
    expect(text.safeParse('   ').success).toBe(false);
  });
});
