import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyBundle } from '../../../src/lib/content/bundle.ts';
import { checkedBundle, forgetChecked, rememberChecked } from '../../../src/lib/content/checked-content.ts';
import { FixtureCopy, removeCopies, VALID_ROOT } from '../../content/mutate-fixture.ts';

afterEach(() => {
  forgetChecked();
  removeCopies();
});

describe('checkedBundle', () => {
  it('reads the folder when the checks kept nothing', () => {
    const bundle = checkedBundle(VALID_ROOT, join(VALID_ROOT, 'content'));
    expect(bundle.stories.map((s) => s.id)).toEqual(['demo']);
    expect(bundle.site?.file).toBe('content/site.yaml');
  });

  it('hands out the bundle the checks kept, without reading the files again', () => {
    const kept = emptyBundle();
    rememberChecked(join(VALID_ROOT, 'content'), kept);
    expect(checkedBundle(VALID_ROOT, join(VALID_ROOT, 'content'))).toBe(kept);
  });

  it('matches the folder however its path is spelled', () => {
    const kept = emptyBundle();
    rememberChecked(join(VALID_ROOT, 'content/'), kept);
    expect(checkedBundle(VALID_ROOT, join(VALID_ROOT, 'content', '..', 'content'))).toBe(kept);
  });

  it("keeps one bundle per folder: another folder's content is read, not handed the kept one", () => {
    const copy = new FixtureCopy().replace('content/site.yaml', /^name: .*$/m, 'name: Another Desk');
    rememberChecked(join(VALID_ROOT, 'content'), emptyBundle());
    expect(checkedBundle(copy.root, copy.path('content')).site?.data.name).toBe('Another Desk');
  });

  it('reads the folder again once the kept bundles are forgotten (after content sync), so edits are seen', () => {
    const copy = new FixtureCopy();
    rememberChecked(copy.path('content'), emptyBundle());
    forgetChecked();
    copy.replace('content/site.yaml', /^name: .*$/m, 'name: Edited Desk');
    expect(checkedBundle(copy.root, copy.path('content')).site?.data.name).toBe('Edited Desk');
  });
});
