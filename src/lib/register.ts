import { locales, type Locale } from '../i18n/locales';
import { uiKey } from '../i18n/t';
import { UNKNOWN } from '../schemas/fields';
import type { CommitmentData } from '../schemas/commitment';
import { institutionLabel } from './institutions';
import type { Site } from './site';

/** IRM tags a commitment answers to in the register's IRM filter. */
export function irmTags(irm: CommitmentData['irm']): string[] {
  const tags: string[] = [];
  if (irm.starred === true) tags.push('starred');
  if (irm.ambition === 'high') tags.push('ambition-high');
  if (irm.diog === 'major' || irm.diog === 'outstanding') tags.push('results-major');
  if (Object.values(irm).some((v) => v !== UNKNOWN)) tags.push('assessed');
  return tags;
}

/** What the register shows of each commitment, and the values its filters offer. */
export function registerRows(site: Site, lang: Locale) {
  const rows = site.commitments.map(({ id, data }) => ({
    id,
    ogpId: data.ogpId === UNKNOWN ? undefined : data.ogpId,
    ogpIdInferred: data.ogpIdInferred,
    title: data.title[lang],
    plan: data.plan,
    leads: data.lead === UNKNOWN ? [] : data.lead,
    leadNames:
      data.lead === UNKNOWN
        ? undefined
        : data.lead.map((l) => institutionLabel(site.institution(l), lang)).join('; '),
    principles: data.principles,
    area: data.policyArea,
    irmTags: irmTags(data.irm),
    // UI-dictionary keys of the known assessments, for the IRM column.
    irmText: [
      data.irm.starred === true ? 'irm.starred.true' : undefined,
      data.irm.ambition === UNKNOWN ? undefined : `irm.ambitionShort.${data.irm.ambition}`,
      data.irm.diog === UNKNOWN ? undefined : `irm.diogShort.${data.irm.diog}`,
    ]
      .filter((k) => k !== undefined)
      .map(uiKey),
  }));
  const collator = new Intl.Collator(locales[lang].intl);
  const leadIds = [...new Set(rows.flatMap((r) => r.leads))];
  const leads = leadIds
    .map((id) => ({ id, label: institutionLabel(site.institution(id), lang) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const areas = [...new Set(rows.map((r) => r.area))].sort();
  return { rows, leads, areas };
}
