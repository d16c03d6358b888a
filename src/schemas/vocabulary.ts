/**
 * Fixed vocabularies shared by the schemas. Their visible labels live in the UI
 * dictionaries under the same names (e.g. `principle.openness`, `irm.diog.major`).
 */

/** The four principles of the Open Government Declaration as the State Chancellery framed them in 2016. */
export const principleIds = [
  'openness',
  'participation',
  'accountability',
  'digitalisation',
] as const;

/** OGP's own values: three core values today, plus technology and innovation from older OGP material. */
export const ogpValueIds = [
  'transparency',
  'participation',
  'accountability',
  'technology',
] as const;

/** Where a plan is in its life. */
export const planStatuses = ['in-preparation', 'in-force', 'completed'] as const;

/** Policy areas that commitments are grouped by. */
export const policyAreas = [
  'open-data',
  'public-participation',
  'legislative-transparency',
  'digital-government',
  'state-owned-enterprises',
  'public-integrity',
  'anti-corruption',
  'whistleblowing',
  'lobbying',
  'civil-society',
  'political-finance',
  'fiscal-transparency',
  'public-procurement',
  'beneficial-ownership',
  'public-services',
  'local-government',
  'government-communication',
] as const;

/** The kinds of report the IRM has published on Latvia's plans. */
export const irmReportTypes = [
  'progress',
  'end-of-term',
  'design',
  'implementation',
  'transitional-results',
  'action-plan-review',
  'midterm-review',
  'results',
] as const;

/** IRM "ambition" / potential impact. */
export const ambitionLevels = ['high', 'moderate', 'low', 'none'] as const;

/** IRM completion levels. */
export const completionLevels = ['not-started', 'limited', 'substantial', 'complete'] as const;

/** Who assessed a commitment's completion: the IRM, or the government in its self-assessment. */
export const completionAssessors = ['irm', 'government'] as const;

/** At which stage of the cycle a completion level was assessed. */
export const completionStages = ['mid-term', 'end-of-term', 'results-report'] as const;

/** Where a milestone stands. */
export const milestoneStatuses = ['planned', 'in-progress', 'done', 'not-done'] as const;

/** The plan-level figures the IRM states, e.g. "9 of 12 completed". */
export const statedFigureKinds = [
  'completed',
  'starred',
  'major-or-outstanding',
  'outstanding',
  'relevant',
  'transformative',
  'promising',
  'substantial-potential',
] as const;

/** IRM "Did it open government?" and early-results levels. */
export const diogLevels = [
  'outstanding',
  'major',
  'marginal',
  'did-not-change',
  'worsened',
  'no-data',
] as const;

/** IRM relevance to OGP values. */
export const relevanceLevels = ['relevant', 'not-relevant'] as const;

/** The kinds of prose page; a kind may add generated content below the text. */
export const pageKinds = [
  'home',
  'article',
  'principles',
  'principle',
  'latvia',
  'plans',
  'commitments',
  'institutions',
  'comparison',
  'data',
  'events',
  'participation',
  'about',
  'search',
  'sitemap',
  'not-found',
] as const;
