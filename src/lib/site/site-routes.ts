// The routes of this build, bound to Astro's base path.
import { routes } from './urls.ts';

export const paths = routes(import.meta.env.BASE_URL);
