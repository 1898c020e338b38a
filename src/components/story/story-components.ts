// The components story MDX can use without importing them (names match src/lib/story-components.ts).
import Claim from '../factcheck/Claim.astro';
import Cite from '../factcheck/Cite.astro';
import ClaimsSummary from '../factcheck/ClaimsSummary.astro';
import References from '../factcheck/References.astro';
import Term from '../factcheck/Term.astro';
import Verdict from '../factcheck/Verdict.astro';
import BarChart from '../charts/BarChart.astro';
import LineChart from '../charts/LineChart.astro';
import StackedBar from '../charts/StackedBar.astro';
import Timeline from '../charts/Timeline.astro';
import Annotation from '../charts/Annotation.astro';
import Scrolly from '../charts/Scrolly.astro';
import Step from '../charts/Step.astro';

export const storyComponents = { Claim, Cite, ClaimsSummary, References, Term, Verdict, BarChart, LineChart, StackedBar, Timeline, Annotation, Scrolly, Step };
