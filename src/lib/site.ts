import { localeCodes, type Locale } from '../i18n/locales';
import { dictionaries } from '../i18n/t';
import type { ChangeData } from '../schemas/change';
import type { CommitmentData } from '../schemas/commitment';
import type { EventData } from '../schemas/event';
import type { Institution } from '../schemas/institution';
import type { PageData } from '../schemas/page';
import type { PlanData } from '../schemas/plan';
import type { Source } from '../schemas/source';
import { UNKNOWN } from '../schemas/fields';
import { checkContent, type Entry, type RawContent } from './integrity';
import { outdatedTwins, pairPages } from './pairing';
import { buildRoutes, type Route } from './routes';
import { checkUiText } from './vocabulary-labels';

/** The whole site, checked and routed: what every page is rendered from. */
export interface Site {
  routes: Route[];
  pages: Map<string, Entry<PageData>>;
  plans: Entry<PlanData>[];
  commitments: Entry<CommitmentData>[];
  institutions: Map<string, Institution>;
  sources: Map<string, Source>;
  /** Calendar events, earliest first. */
  events: Entry<EventData>[];
  /** News entries, newest first. */
  changes: Entry<ChangeData>[];
  /** The route of `key` in `lang`. */
  route(key: string, lang: Locale): Route | undefined;
  /** The same page in every language, default first. */
  twins(key: string): Route[];
}

/** Keys of the pages the layout needs in every language. */
export const REQUIRED_PAGES = ['index', 'search', 'all-pages'] as const;

/** Thrown when content has problems; the message lists every one. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Pairs, routes and cross-checks the content, and checks the UI dictionaries (`ui`) the pages are
 * written with. Throws a ContentError listing every problem, so one build run shows an editor all of them.
 */
export function assembleSite(content: RawContent, ui: Record<Locale, Record<string, string>> = dictionaries): Site {
  const { pairs, problems } = pairPages(content.pages);
  const pages = new Map(content.pages.map((p) => [p.id, p]));
  const plans = [...content.plans].sort((a, b) => a.data.number - b.data.number);
  const commitments = [...content.commitments].sort(
    // Unknown numbers sort last within their plan.
    (a, b) => a.data.plan - b.data.plan || numberOrLast(a.data.number) - numberOrLast(b.data.number) || a.id.localeCompare(b.id),
  );
  const { routes, problems: routeProblems } = buildRoutes({
    pairs,
    pages: new Map(content.pages.map((p) => [p.id, { ...p.data, filePath: p.filePath }])),
    plans: plans.map((p) => ({ id: p.id, title: p.data.name, label: p.data.name })),
    institutions: [...content.institutions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((i) => ({ id: i.id, title: i.data.name, label: i.data.name })),
    commitments: commitments.map((c) => ({
      id: c.id,
      plan: String(c.data.plan),
      title: c.data.title,
      label: Object.fromEntries(localeCodes.map((l) => [l, c.data.ogpId === UNKNOWN ? c.data.title[l] : c.data.ogpId])) as Record<Locale, string>,
    })),
  });
  // Pages the layout itself links to: without them every page would break.
  const routeKeys = new Set(routes.map((r) => r.key));
  const required = REQUIRED_PAGES.filter((key) => !routeKeys.has(key)).map(
    (key) => `content/pages/*/${key}.mdx is missing: every page links to it (home page, search, the list of all pages). Add it in each language.`,
  );
  const outdated = outdatedTwins(pairs, new Map(content.pages.map((p) => [p.id, { updated: p.data.updated, filePath: p.filePath }])));
  const all = [...problems, ...required, ...outdated, ...routeProblems, ...checkContent(content, new Set(routes.map((r) => r.key)))];
  // A missing label breaks pages as surely as missing content: the build stops for both.
  all.push(...checkUiText(ui));
  if (all.length > 0) throw new ContentError(all);

  const index = new Map(routes.map((r) => [`${r.lang}:${r.key}`, r]));
  return {
    routes,
    pages,
    plans,
    commitments,
    institutions: new Map(content.institutions.map((i) => [i.id, i.data])),
    sources: new Map(content.sources.map((s) => [s.id, s.data])),
    events: [...content.events].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id)),
    changes: [...content.changes].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    route: (key, lang) => index.get(`${lang}:${key}`),
    twins: (key) => localeCodes.map((l) => index.get(`${l}:${key}`)).filter((r): r is Route => r !== undefined),
  };
}

const numberOrLast = (value: number | typeof UNKNOWN) => (value === UNKNOWN ? Number.MAX_SAFE_INTEGER : value);
