import { localeCodes, type Locale } from '../i18n/locales';
import { dictionaries } from '../i18n/t';
import type { ChangeData } from '../schemas/change';
import type { CommitmentData } from '../schemas/commitment';
import type { EventData } from '../schemas/event';
import type { Institution } from '../schemas/institution';
import type { PageData } from '../schemas/page';
import type { PlanData } from '../schemas/plan';
import type { SearchTerms } from '../schemas/search-terms';
import type { Source } from '../schemas/source';
import { UNKNOWN, type Localized } from '../schemas/fields';
import type { Entry, RawContent } from './entry';
import { ContentError } from './content-error';
import { checkContent, checkCycles } from './integrity';
import { checkPageKinds } from './page-kinds';
import { checkLayoutLinks } from './layout-links';
import { kindMismatches, outdatedTwins, pairPages } from './pairing';
import { buildRoutes, type Route, type RouteOf, type RouteShell } from './routes';
import { checkUiText } from './vocabulary-labels';

/** The whole site, checked and routed: what every page is rendered from. */
export interface Site {
  /** Every page of every language, each carrying the entry it renders. */
  routes: Route[];
  pages: Map<string, Entry<PageData>>;
  /** Plans by number, first first. */
  plans: Entry<PlanData>[];
  /** Commitments by plan, then number. */
  commitments: Entry<CommitmentData>[];
  institutions: Map<string, Institution>;
  sources: Map<string, Source>;
  /** Calendar events, earliest first. */
  events: Entry<EventData>[];
  /** News entries, newest first. */
  changes: Entry<ChangeData>[];
  /** Groups of search terms that mean the same, in file order. */
  searchTerms: SearchTerms[];
  /** The route of `key` in `lang`, or undefined. */
  route(key: string, lang: Locale): Route | undefined;
  /** The same page in every language, default first. */
  twins(key: string): Route[];
  /** A page the layout links to by key (src/lib/layout-links.ts) in `lang`; the content check guarantees it exists. */
  linkedPage(key: string, lang: Locale): RouteOf<'page'>;
  /** The page of a kind the layout links to (home, search, all pages, 404) in `lang`. */
  pageOfKind(kind: 'home' | 'search' | 'sitemap' | 'not-found', lang: Locale): Route;
  /** The plan with this number; the content check guarantees that every plan a record names exists. */
  plan(number: number): Entry<PlanData>;
  /** The commitment with this ID; the content check guarantees that every commitment a record names exists. */
  commitment(id: string): Entry<CommitmentData>;
  /** The institution with this ID; the content check guarantees that every institution a record names exists. */
  institution(id: string): Institution;
  /** The source with this ID; the content check guarantees that every source a record names exists. */
  source(id: string): Source;
  /** The commitments of a plan, in order. */
  commitmentsOf(plan: number): Entry<CommitmentData>[];
  /** The commitments an institution leads. */
  ledBy(institution: string): Entry<CommitmentData>[];
  /** The commitments an institution supports as a partner. */
  partnerIn(institution: string): Entry<CommitmentData>[];
  /** The commitments that continue this one. */
  continuedBy(commitment: string): Entry<CommitmentData>[];
  /** The commitments that serve a principle. */
  serving(principle: string): Entry<CommitmentData>[];
  /** The page about a principle in `lang`, if there is one. */
  principlePage(principle: string, lang: Locale): Route | undefined;
}

export { ContentError } from './content-error';

/**
 * Pairs, routes and cross-checks the content, and checks the UI dictionaries (`ui`) the pages are
 * written with. Throws a ContentError listing every problem, so one build run shows an editor all of them.
 */
export function assembleSite(
  content: RawContent,
  ui: Record<Locale, Record<string, string>> = dictionaries,
): Site {
  const { pairs, problems } = pairPages(content.pages);
  const pages = new Map(content.pages.map((p) => [p.id, p]));
  const plans = [...content.plans].sort((a, b) => a.data.number - b.data.number);
  const commitments = [...content.commitments].sort(
    // Unknown numbers sort last within their plan.
    (a, b) =>
      a.data.plan - b.data.plan ||
      numberOrLast(a.data.number) - numberOrLast(b.data.number) ||
      a.id.localeCompare(b.id),
  );
  const institutions = [...content.institutions].sort((a, b) => a.id.localeCompare(b.id));
  const { routes: shells, problems: routeProblems } = buildRoutes({
    pairs,
    pages: new Map(content.pages.map((p) => [p.id, { ...p.data, filePath: p.filePath }])),
    plans: plans.map((p) => ({ id: p.id, title: p.data.name, label: p.data.name })),
    institutions: institutions.map((i) => ({
      id: i.id,
      title: i.data.name,
      label: i.data.name,
      slug: i.data.slug,
    })),
    commitments: commitments.map((c) => ({
      id: c.id,
      plan: String(c.data.plan),
      title: c.data.title,
      label: Object.fromEntries(
        localeCodes.map((l) => [l, c.data.ogpId === UNKNOWN ? c.data.title[l] : c.data.ogpId]),
      ) as Localized,
    })),
  });
  const kindProblems = localeCodes.flatMap((lang) =>
    checkPageKinds(
      content.pages.filter((p) => p.id.startsWith(`${lang}/`)),
      lang,
    ),
  );
  const outdated = outdatedTwins(
    pairs,
    new Map(content.pages.map((p) => [p.id, { updated: p.data.updated, filePath: p.filePath }])),
  );
  const all = [
    ...problems,
    ...kindProblems,
    ...kindMismatches(
      pairs,
      new Map(content.pages.map((p) => [p.id, { kind: p.data.kind, filePath: p.filePath }])),
    ),
    ...checkLayoutLinks(content.pages.map((p) => p.id)),
    ...outdated,
    ...routeProblems,
    ...checkContent(content, new Set(shells.map((r) => r.key))),
    ...checkCycles(content, shells),
  ];
  // A missing label breaks pages as surely as missing content: the build stops for both.
  all.push(...checkUiText(ui));
  if (all.length > 0) throw new ContentError(all);

  const routes = withEntries(shells, {
    page: pages,
    plan: new Map(plans.map((p) => [p.id, p])),
    commitment: new Map(commitments.map((c) => [c.id, c])),
    institution: new Map(institutions.map((i) => [i.id, i])),
  });
  const index = new Map(routes.map((r) => [`${r.lang}:${r.key}`, r]));
  const byKind = new Map<string, Route>(
    routes.flatMap((r) =>
      r.type === 'page' ? [[`${r.lang}:${r.entry.data.kind}`, r] as const] : [],
    ),
  );
  const byPrinciple = new Map<string, Route>(
    routes.flatMap((r) =>
      r.type === 'page' && r.entry.data.principle
        ? [[`${r.lang}:${r.entry.data.principle}`, r] as const]
        : [],
    ),
  );
  const byNumber = new Map(plans.map((p) => [p.data.number, p]));
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const institutionById = new Map(institutions.map((i) => [i.id, i.data]));
  const sourceById = new Map(content.sources.map((s) => [s.id, s.data]));
  return {
    routes,
    pages,
    plans,
    commitments,
    institutions: institutionById,
    sources: sourceById,
    events: [...content.events].sort(
      (a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id),
    ),
    changes: [...content.changes].sort(
      (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
    ),
    searchTerms: content.searchTerms.map((group) => group.data),
    route: (key, lang) => index.get(`${lang}:${key}`),
    twins: (key) =>
      localeCodes.map((l) => index.get(`${l}:${key}`)).filter((r): r is Route => r !== undefined),
    linkedPage: (key, lang) => {
      const route = index.get(`${lang}:${key}`);
      if (route?.type !== 'page')
        throw new Error(
          `The layout links to page "${key}", which has no ${lang} page, though the content check passed.`,
        );
      return route;
    },
    pageOfKind: (kind, lang) => {
      const route = byKind.get(`${lang}:${kind}`);
      // checkPageKinds has made sure each exists.
      if (!route) throw new Error(`No page of kind "${kind}" in language "${lang}".`);
      return route;
    },
    plan: (number) => found(byNumber.get(number), `plan ${number}`),
    commitment: (id) => found(byId.get(id), `commitment "${id}"`),
    institution: (id) => found(institutionById.get(id), `institution "${id}"`),
    source: (id) => found(sourceById.get(id), `source "${id}"`),
    commitmentsOf: (plan) => commitments.filter((c) => c.data.plan === plan),
    ledBy: (id) => commitments.filter((c) => c.data.lead !== UNKNOWN && c.data.lead.includes(id)),
    partnerIn: (id) => commitments.filter((c) => c.data.partners.includes(id)),
    continuedBy: (id) => commitments.filter((c) => c.data.continues.includes(id)),
    principlePage: (principle, lang) => byPrinciple.get(`${lang}:${principle}`),
    serving: (principle) =>
      commitments.filter((c) => (c.data.principles as readonly string[]).includes(principle)),
  };
}

/**
 * Gives each route the entry it renders. The content check has already resolved every
 * reference, so a missing entry here is a bug in the route table, not in the content.
 */
function withEntries(
  shells: RouteShell[],
  entries: {
    page: Map<string, Entry<PageData>>;
    plan: Map<string, Entry<PlanData>>;
    commitment: Map<string, Entry<CommitmentData>>;
    institution: Map<string, Entry<Institution>>;
  },
): Route[] {
  return shells.map((shell) => {
    const entry = entries[shell.type].get(shell.entryId);
    if (!entry)
      throw new Error(
        `Route ${shell.href} renders ${shell.type} "${shell.entryId}", which was not loaded.`,
      );
    return { ...shell, entry } as Route;
  });
}

/** A record the content check has already resolved: its absence is a bug, reported as such. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`The site has no ${what}, though the content check passed.`);
  return value;
}

const numberOrLast = (value: number | typeof UNKNOWN) =>
  value === UNKNOWN ? Number.MAX_SAFE_INTEGER : value;
