// The components story MDX can use without importing them: exactly the names of the registry
// (src/lib/registry/story-components.ts), which `satisfies` holds to at compile time and a test at run time.
import type { StoryComponentName } from '../../lib/registry/story-components.ts';
import Claim from '../factcheck/Claim.astro';
import Cite from '../factcheck/Cite.astro';
import ClaimsSummary from '../factcheck/ClaimsSummary.astro';
import References from '../factcheck/References.astro';
import Term from '../factcheck/Term.astro';
import Verdict from '../factcheck/Verdict.astro';
import VerdictScale from '../factcheck/VerdictScale.astro';
import BarChart from '../charts/BarChart.astro';
import LineChart from '../charts/LineChart.astro';
import StackedBar from '../charts/StackedBar.astro';
import Timeline from '../charts/Timeline.astro';
import Annotation from '../charts/Annotation.astro';
import Scrolly from '../charts/Scrolly.astro';
import Step from '../charts/Step.astro';

export const storyComponents = { Claim, Cite, ClaimsSummary, References, Term, Verdict, VerdictScale, BarChart, LineChart, StackedBar, Timeline, Annotation, Scrolly, Step } satisfies Record<StoryComponentName, unknown>;
