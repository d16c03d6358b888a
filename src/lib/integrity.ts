import type { CommitmentData } from '../schemas/commitment';
import { UNKNOWN } from '../schemas/fields';
import { contentDir } from './content-dir';
import { findCycles, spelledOut } from './cycles';
import { isPartialDate, periodInOrder } from './dates';
import type { Entry, RawContent } from './entry';
import { pageKinds } from './page-kinds';
import { frontmatterLines, splitFrontmatter } from './frontmatter';
import { parseContentLink, type RouteShell } from './routes';

/**
 * The checks no single schema can make: references between records, counts, duplicates
 * and links. Each problem names the file, the field and what to do.
 */
export function checkContent(content: RawContent, routeKeys: Set<string>): string[] {
  const problems: string[] = [];
  const where = (entry: Entry<unknown>) => entry.filePath ?? entry.id;
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const institutionIds = new Set(content.institutions.map((i) => i.id));
  const planNumbers = new Set(content.plans.map((p) => p.data.number));
  const commitmentIds = new Set(content.commitments.map((c) => c.id));

  const checkSources = (
    entry: Entry<unknown>,
    ids: readonly string[] | undefined,
    field = 'sources',
  ) => {
    for (const id of ids ?? []) {
      if (!sourceIds.has(id))
        problems.push(
          `${where(entry)}: field "${field}" names source ${id}, which is not in ${contentDir}/data/sources/. Add it there or fix the ID.`,
        );
    }
  };
  const checkInstitutions = (
    entry: Entry<unknown>,
    field: string,
    ids: readonly string[] | typeof UNKNOWN,
  ) => {
    if (ids === UNKNOWN) return;
    for (const id of ids) {
      if (!institutionIds.has(id))
        problems.push(
          `${where(entry)}: field "${field}" names institution "${id}", which is not in ${contentDir}/data/institutions/. Add it there or fix the ID.`,
        );
    }
  };

  for (const page of content.pages) {
    checkSources(page, page.data.sources);
    if (!page.data.sources && pageKinds[page.data.kind].needsSources) {
      problems.push(
        `${where(page)}: field "sources" is missing. List the sources of the facts on this page, e.g. \`sources: [S13]\`.`,
      );
    }
    if (page.data.parent !== undefined && !routeKeys.has(page.data.parent)) {
      problems.push(
        `${where(page)}: field "parent" names page "${page.data.parent}", which does not exist. Use the parent's file path without the language and .mdx, e.g. \`principles/index\`.`,
      );
    }
    for (const link of contentLinks(page.body ?? '')) {
      const parsed = parseContentLink(link);
      if (!parsed || !routeKeys.has(parsed.key)) {
        problems.push(
          `${where(page)}: the link "${link}" leads nowhere. Link pages as page:KEY (e.g. page:principles/openness), plans as plan:N, commitments as commitment:lv0029.`,
        );
      }
    }
  }

  const counts = new Map<number, number>();
  const numbers = new Map<string, Entry<CommitmentData>>();
  for (const plan of content.plans) {
    checkSources(plan, plan.data.sources);
    if (plan.id !== `plan-${plan.data.number}`) {
      problems.push(
        `${where(plan)}: field "number" is ${plan.data.number}, but the file is named ${plan.id}.yaml. Name the file plan-${plan.data.number}.yaml or fix the number.`,
      );
    }
    checkSources(plan, plan.data.statusAsOf?.sources, 'statusAsOf.sources');
    if (plan.data.status !== 'completed' && !plan.data.statusAsOf) {
      problems.push(
        `${where(plan)}: field "statusAsOf" is missing. The plan's status is "${plan.data.status}", so say from which date's source that is known: add \`statusAsOf: { date: 2025, sources: [S37] }\`.`,
      );
    }
    plan.data.statedFigures.forEach((figure, index) => {
      checkSources(plan, figure.sources, `statedFigures[${index}].sources`);
      if (figure.of !== undefined && figure.count > figure.of)
        problems.push(
          `${where(plan)}: field "statedFigures[${index}]" (${figure.kind}) counts ${figure.count} of ${figure.of}. The count cannot be larger than "of": check the source.`,
        );
    });
    if (plan.data.coordinator !== UNKNOWN)
      checkInstitutions(plan, 'coordinator', [plan.data.coordinator]);
    const { start, end } = plan.data.period;
    if (start !== UNKNOWN && end !== UNKNOWN && !periodInOrder(start, end)) {
      problems.push(
        `${where(plan)}: field "period.end" (${end}) is before "period.start" (${start}).`,
      );
    }
  }
  for (const commitment of content.commitments) {
    const data = commitment.data;
    checkSources(commitment, data.sources);
    if (!planNumbers.has(data.plan)) {
      problems.push(
        `${where(commitment)}: field "plan" is ${data.plan}, but there is no ${contentDir}/data/plans/plan-${data.plan}.yaml.`,
      );
    }
    if (data.ogpId === UNKNOWN && data.ogpIdInferred) {
      problems.push(
        `${where(commitment)}: field "ogpIdInferred" is true, but "ogpId" is unknown. Give the inferred ID or remove ogpIdInferred.`,
      );
    }
    if (data.ogpId !== UNKNOWN && commitment.id !== data.ogpId.toLowerCase()) {
      problems.push(
        `${where(commitment)}: field "ogpId" is ${data.ogpId}, so name the file ${data.ogpId.toLowerCase()}.yaml.`,
      );
    }
    checkInstitutions(commitment, 'lead', data.lead);
    checkInstitutions(commitment, 'partners', data.partners);
    for (const earlier of data.continues) {
      if (earlier === commitment.id)
        problems.push(`${where(commitment)}: field "continues" names the commitment itself.`);
      else if (!commitmentIds.has(earlier))
        problems.push(
          `${where(commitment)}: field "continues" names "${earlier}", which is not in ${contentDir}/data/commitments/.`,
        );
    }
    if (data.period !== UNKNOWN && !periodInOrder(data.period.start, data.period.end)) {
      problems.push(
        `${where(commitment)}: field "period.end" (${data.period.end}) is before "period.start" (${data.period.start}).`,
      );
    }
    problems.push(...checkRecord(commitment, where(commitment), content, checkSources));
    counts.set(data.plan, (counts.get(data.plan) ?? 0) + 1);
    if (data.number !== UNKNOWN) {
      const slot = `${data.plan}/${data.number}`;
      const other = numbers.get(slot);
      if (other)
        problems.push(
          `${where(commitment)}: field "number" ${data.number} of plan ${data.plan} is already used by ${where(other)}.`,
        );
      else numbers.set(slot, commitment);
    }
  }
  for (const institution of content.institutions)
    for (const former of institution.data.formerNames ?? [])
      checkSources(institution, former.sources, 'formerNames.sources');
  for (const event of content.events) {
    checkSources(event, event.data.sources);
    if (event.data.page !== undefined && !routeKeys.has(event.data.page)) {
      problems.push(
        `${where(event)}: event "${event.id}", field "page" names "${event.data.page}", which is not a page of the site. Use a page key such as participate/index, plan/6 or commitment/lv0029.`,
      );
    }
  }
  for (const change of content.changes) {
    if (!routeKeys.has(change.data.page)) {
      problems.push(
        `${where(change)}: entry "${change.id}", field "page" names "${change.data.page}", which is not a page of the site. Use a page key such as participate/index, plan/6 or commitment/lv0029.`,
      );
    }
  }
  for (const plan of content.plans) {
    const stated = plan.data.commitmentCount;
    const found = counts.get(plan.data.number) ?? 0;
    if (stated !== UNKNOWN && found > 0 && found !== stated) {
      problems.push(
        `${where(plan)}: field "commitmentCount" says ${stated}, but ${contentDir}/data/commitments/ has ${found} for plan ${plan.data.number}. Add the missing ones or correct the count.`,
      );
    }
  }
  return problems;
}

/**
 * The rules on one commitment's milestones, completion and status date: each problem names the
 * file and the field (and the milestone) and says what to do.
 */
function checkRecord(
  commitment: Entry<CommitmentData>,
  file: string,
  content: RawContent,
  checkSources: (entry: Entry<unknown>, ids: readonly string[] | undefined, field: string) => void,
): string[] {
  const problems: string[] = [];
  const data = commitment.data;
  const seen = new Set<string>();
  data.milestones.forEach((milestone, index) => {
    const field = `milestones[${index}]`;
    if (seen.has(milestone.id))
      problems.push(
        `${file}: ${field} has the ID "${milestone.id}", which an earlier milestone of this commitment already uses. Give each milestone its own ID.`,
      );
    seen.add(milestone.id);
    checkSources(commitment, milestone.sources, `${field}.sources`);
    if (milestone.status === 'done' && milestone.sources.length === 0)
      problems.push(
        `${file}: milestone "${milestone.id}" (${field}) is marked done but lists no sources. Add the sources that show it was done, e.g. \`sources: [S13]\`, or set \`status: unknown\`.`,
      );
    if (milestone.doneOn !== undefined && milestone.status !== 'done')
      problems.push(
        `${file}: milestone "${milestone.id}" (${field}) has "doneOn" but its status is "${milestone.status}". Set \`status: done\` or remove doneOn.`,
      );
  });
  const { completion, irm } = data;
  checkSources(commitment, completion.sources, 'completion.sources');
  if (completion.level !== UNKNOWN) {
    if (completion.sources.length === 0)
      problems.push(
        `${file}: field "completion.level" is "${completion.level}" but "completion.sources" is empty. List the report that gives the level.`,
      );
    if (completion.assessedBy === UNKNOWN)
      problems.push(
        `${file}: field "completion.assessedBy" is unknown, but "completion.level" is known. Say who assessed it: \`assessedBy: irm\` or \`assessedBy: government\`.`,
      );
  }
  if (
    irm.starred === true &&
    (completion.level === 'not-started' || completion.level === 'limited')
  )
    problems.push(
      `${file}: field "completion.level" is "${completion.level}", but "irm.starred" is true. A starred commitment was substantially or fully completed: correct the level or the star.`,
    );
  checkSources(commitment, data.statusAsOf?.sources, 'statusAsOf.sources');
  for (const [index, inference] of data.inferred.entries())
    checkSources(commitment, inference.sources, `inferred[${index}].sources`);
  const plan = content.plans.find((p) => p.data.number === data.plan);
  const ongoing =
    (plan !== undefined && plan.data.status !== 'completed') ||
    data.milestones.some((m) => m.status === 'in-progress');
  if (ongoing && !data.statusAsOf)
    problems.push(
      `${file}: field "statusAsOf" is missing. The commitment is still under way (its plan is not completed or a milestone is in progress), so say from which date's source its status is known: add \`statusAsOf: { date: 2025-05, sources: [S38] }\`.`,
    );
  return problems;
}

/**
 * Loops that would leave a page without a way up or a commitment continuing itself: `parent` fields that
 * go round (a page that is its own parent included) in any language, and `continues` fields that go round.
 * Each problem spells the loop out, e.g. `about → glossary → about`, with the files to fix.
 */
export function checkCycles(
  content: RawContent,
  routes: readonly Pick<RouteShell, 'key' | 'lang' | 'parent' | 'type' | 'entryId'>[],
): string[] {
  const problems: string[] = [];
  const pageFiles = new Map(content.pages.map((p) => [p.id, p.filePath ?? p.id]));
  for (const lang of new Set(routes.map((r) => r.lang))) {
    const byKey = new Map(routes.filter((r) => r.lang === lang).map((r) => [r.key, r]));
    const parentOf = (key: string) => {
      const parent = byKey.get(key)?.parent;
      return parent !== undefined && byKey.has(parent) ? [parent] : [];
    };
    for (const cycle of findCycles(byKey.keys(), parentOf)) {
      const files = cycle.map((key) => {
        const route = byKey.get(key)!;
        return route.type === 'page'
          ? (pageFiles.get(route.entryId) ?? route.entryId)
          : `the generated page ${key}`;
      });
      const first = files[cycle.findIndex((key) => byKey.get(key)!.type === 'page')] ?? files[0]!;
      problems.push(
        cycle.length === 1
          ? `${first}: field "parent" names the page itself: ${spelledOut(cycle)}. Point it at the page above this one, e.g. \`parent: index\`, or remove it.`
          : `${first}: field "parent" goes round in a circle: ${spelledOut(cycle)} (${files.join(', ')}). Every page needs a way up to the home page: point "parent" of one of these at a page above them, or remove it.`,
      );
    }
  }
  const commitments = new Map(content.commitments.map((c) => [c.id, c]));
  const continues = (id: string) =>
    (commitments.get(id)?.data.continues ?? []).filter((c) => c !== id && commitments.has(c));
  for (const cycle of findCycles(commitments.keys(), continues)) {
    const files = cycle.map((id) => commitments.get(id)!.filePath ?? id);
    problems.push(
      `${files[0]}: field "continues" goes round in a circle: ${spelledOut(cycle)} (${files.join(', ')}). A commitment carries on only earlier ones: remove the wrong ID from "continues".`,
    );
  }
  return problems;
}

// A Markdown link's target, in <angle brackets> or not, then an optional title in quotes or parentheses.
const INLINE_LINK =
  /\]\(\s*<?((?:page|plan|commitment):[^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
// A reference definition: `[label]: page:key "title"`, at the start of a line.
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?((?:page|plan|commitment):[^\s>]*)>?/gm;

/**
 * The targets of Markdown links in an MDX body that use the site's own schemes, in every form
 * Markdown allows: inline, with a title, in angle brackets, and reference-style.
 * @example contentLinks('[a](page:ogp/index "OGP") [b](https://x.lv)\n\n[r]: plan:2') // ['page:ogp/index', 'plan:2']
 */
export function contentLinks(body: string): string[] {
  return [...body.matchAll(INLINE_LINK), ...body.matchAll(REFERENCE_DEFINITION)].map(
    ([, target = '']) => target,
  );
}

/**
 * Checks the dates as written in a page's raw frontmatter: YAML turns `2026-02-30` into
 * 2 March without a word, so the text itself must be a real date.
 */
export function checkFrontmatterDates(raw: string, file: string): string[] {
  const frontmatter = splitFrontmatter(raw)?.frontmatter ?? '';
  const lineOf = frontmatterLines(raw);
  return [...frontmatter.matchAll(/^(\w+):\s*['"]?(\d{4}-\d{1,2}(?:-\d{1,2})?)['"]?\s*\r?$/gm)]
    .filter(([, , value]) => !isPartialDate(value!))
    .map(
      ([, field, value]) =>
        `${file}:${lineOf([field!])}: field "${field}" is "${value}", which is not a real date. Write it as YYYY-MM-DD.`,
    );
}
