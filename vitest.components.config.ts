// The components project: renders story components through Astro's container API (which needs Astro's Vite
// configuration) to check that what the content checks accept is exactly what renders.
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'node' } });
