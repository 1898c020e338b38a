// The GitHub Pages workflow shipped in .github/workflows/pages.yml builds with the address GitHub gives the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployConfig } from '../../../src/lib/publishing/deploy-config.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(import.meta.dirname, '../../../.github/workflows/pages.yml'), 'utf8'));
const steps = (job: string): Step[] => workflow.jobs[job].steps;
const action = (job: string, name: string) => steps(job).find((s) => s.uses?.startsWith(`${name}@`));

describe('.github/workflows/pages.yml', () => {
  it('reads the Pages address, builds with it, uploads dist/ and deploys', () => {
    const configure = action('build', 'actions/configure-pages');
    expect(configure?.id).toBe('pages');
    const build = steps('build').find((s) => s.run === 'npm run build');
    expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    const order = steps('build').map((s) => s.uses?.split('@')[0] ?? s.run);
    expect(order.indexOf('actions/configure-pages')).toBeLessThan(order.indexOf('npm run build'));
    expect(order.indexOf('npm ci')).toBeLessThan(order.indexOf('npm run build'));
    expect(action('build', 'actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(action('deploy', 'actions/deploy-pages')).toBeDefined();
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('gets from configure-pages values the build accepts, for project sites and custom domains', () => {
    // configure-pages gives origin "https://owner.github.io" and base_path "/repo" for a project site, "" or "/" at a root.
    expect(deployConfig({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/repo' })).toEqual({ site: 'https://owner.github.io', base: '/repo/' });
    expect(deployConfig({ SITE_URL: 'https://factcheck.example.org', BASE_PATH: '/' })).toEqual({ site: 'https://factcheck.example.org', base: '/' });
    expect(deployConfig({ SITE_URL: 'https://owner.github.io', BASE_PATH: '' })).toEqual({ site: 'https://owner.github.io', base: '/' });
  });
});
