// Counts in words with the right noun form, so no page says "1 rows" or "1 claims checked".

/** "1 category", "3 categories"; the plural defaults to the singular plus "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
