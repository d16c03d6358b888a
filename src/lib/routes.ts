import { localeCodes, type Locale } from '../i18n/locales';
import type { Localized } from '../schemas/fields';
import type { CommitmentData } from '../schemas/commitment';
import type { Institution } from '../schemas/institution';
import type { PageData } from '../schemas/page';
import type { PlanData } from '../schemas/plan';
import { contentDir } from './content-dir';
import type { Entry } from './entry';
import type { PageKind } from './page-kinds';
import type { PagePair } from './pairing';
import { pagePath } from './urls';

/** What a route renders. */
export type RouteType = 'page' | 'plan' | 'commitment' | 'institution';

/** One URL of the site in one language, before its entry is attached. Twins share the `key`. */
export interface RouteShell {
  /** Language-independent key: a page's file path (`principles/openness`), `plan/2` or `commitment/lv0029`. */
  key: string;
  lang: Locale;
  /** Path inside the language, e.g. `principi/atklatiba` (`''` for the home page). */
  path: string;
  /** Site path without the deployment base, e.g. `/lv/principi/atklatiba/`. */
  href: string;
  type: RouteType;
  /** ID of the collection entry it renders. */
  entryId: string;
  /** Full title in this language. */
  title: string;
  /** Label for breadcrumbs and lists. */
  label: string;
  /** Key of the parent route for breadcrumbs; undefined for the home page. */
  parent: string | undefined;
}

/** A route with the entry it renders: what views, layouts and endpoints receive. */
export type Route =
  | (RouteShell & { type: 'page'; entry: Entry<PageData> })
  | (RouteShell & { type: 'plan'; entry: Entry<PlanData> })
  | (RouteShell & { type: 'commitment'; entry: Entry<CommitmentData> })
  | (RouteShell & { type: 'institution'; entry: Entry<Institution> });

/** The route of one type. */
export type RouteOf<T extends RouteType> = Extract<Route, { type: T }>;

/** The row of the page-kind table a route follows: a prose page by its `kind`, a generated page by its type. */
export function kindOf(route: Route): PageKind {
  return route.type === 'page' ? route.entry.data.kind : route.type;
}

/** Page data the route table needs, by entry ID. */
export interface RoutablePage {
  title: string;
  path: string;
  parent?: string | undefined;
  shortTitle?: string | undefined;
  filePath?: string | undefined;
}

export interface RoutableRecord {
  id: string;
  title: Localized;
  label: Localized;
  /** The last part of the address in a language where it is not the ID. */
  slug?: { [L in Locale]?: string | undefined } | undefined;
}

/** The page keys under whose paths generated pages live. */
export const sectionKeys = {
  plans: 'plans/index',
  commitments: 'commitments/index',
  institutions: 'institutions/index',
  home: 'index',
} as const;

/**
 * Builds every route of the site: prose pages from their twins' `path`, plans under the
 * plans page's path and commitments under the register's path, so localised segments
 * come from content and pairing never depends on equal slugs.
 */
export function buildRoutes(input: {
  pairs: PagePair[];
  pages: Map<string, RoutablePage>;
  plans: RoutableRecord[];
  commitments: (RoutableRecord & { plan: string })[];
  institutions?: RoutableRecord[];
}): { routes: RouteShell[]; problems: string[] } {
  const routes: RouteShell[] = [];
  const problems: string[] = [];
  for (const pair of input.pairs) {
    for (const lang of localeCodes) {
      const page = input.pages.get(pair.ids[lang]);
      if (!page) continue;
      routes.push({
        key: pair.key,
        lang,
        path: page.path,
        href: pagePath(lang, page.path),
        type: 'page',
        entryId: pair.ids[lang],
        title: page.title,
        label: page.shortTitle ?? page.title,
        parent: pair.key === sectionKeys.home ? undefined : (page.parent ?? sectionKeys.home),
      });
    }
  }
  const section = (key: string, lang: Locale) =>
    routes.find((r) => r.key === key && r.lang === lang);
  const generated = <R extends RoutableRecord>(
    type: Exclude<RouteType, 'page'>,
    sectionKey: string,
    records: R[],
    parentOf: (r: R) => string,
  ) => {
    if (records.length === 0) return;
    for (const lang of localeCodes) {
      const parent = section(sectionKey, lang);
      // A section page missing in some languages only is a missing twin, which pairing reports.
      const missingTwin = localeCodes.some((l) => input.pages.has(`${l}/${sectionKey}`));
      if (!parent && missingTwin) continue;
      if (!parent) {
        problems.push(
          `${contentDir}/pages/${lang}/${sectionKey}.mdx is missing: ${type} pages are published under its path. Restore it, with its twins in every language.`,
        );
        continue;
      }
      for (const record of records) {
        const path = `${parent.path}/${record.slug?.[lang] ?? record.id.replace(/^plan-/, '')}`;
        const key = `${type}/${record.id.replace(/^plan-/, '')}`;
        const page = routes.find((r) => r.type === 'page' && r.key === key && r.lang === lang);
        if (page) {
          problems.push(
            `${input.pages.get(page.entryId)?.filePath ?? page.entryId}: this page's file path makes the key "${key}", which is the key of a generated ${type} page, so links to ${key.replace('/', ':')} could not tell them apart. ` +
              `Move or rename the file (the folders ${sectionKeys.plans.replace('/index', '')}/ and ${sectionKeys.commitments.replace('/index', '')}/ are fine; ${type}/ is not).`,
          );
          continue;
        }
        routes.push({
          key,
          lang,
          path,
          href: pagePath(lang, path),
          type,
          entryId: record.id,
          title: record.title[lang],
          label: record.label[lang],
          parent: parentOf(record),
        });
      }
    }
  };
  generated('plan', sectionKeys.plans, input.plans, () => sectionKeys.plans);
  generated(
    'commitment',
    sectionKeys.commitments,
    input.commitments,
    // Under the register, as the main navigation has it; the page itself names its plan.
    () => sectionKeys.commitments,
  );
  generated(
    'institution',
    sectionKeys.institutions,
    input.institutions ?? [],
    () => sectionKeys.institutions,
  );
  problems.push(...duplicatePaths(routes, input.pages));
  return { routes, problems };
}

function duplicatePaths(routes: RouteShell[], pages: Map<string, RoutablePage>): string[] {
  const seen = new Map<string, RouteShell>();
  const problems: string[] = [];
  for (const route of routes) {
    const earlier = seen.get(route.href);
    if (earlier) {
      const where = (r: RouteShell) => pages.get(r.entryId)?.filePath ?? r.entryId;
      problems.push(
        `${where(route)}: field "path" gives ${route.href}, which ${where(earlier)} already uses. Choose another path.`,
      );
    } else seen.set(route.href, route);
  }
  return problems;
}

/**
 * Reads a content link written in MDX as `page:KEY#anchor`, `plan:N` or `commitment:ID`.
 * @example parseContentLink('page:principles/openness#history') // { key: 'principles/openness', hash: '#history' }
 * @example parseContentLink('plan:2') // { key: 'plan/2', hash: '' }
 */
export function parseContentLink(href: string): { key: string; hash: string } | undefined {
  const match = /^(page|plan|commitment):([^#\s]+)(#\S*)?$/.exec(href);
  if (!match) return undefined;
  const [, scheme, target, hash = ''] = match;
  return { key: scheme === 'page' ? target! : `${scheme}/${target}`, hash };
}
