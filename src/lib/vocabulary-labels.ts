import { languageName } from './content-error';
import { checkDictionaries } from '../i18n/check';
import { localeCodes, type Locale } from '../i18n/locales';
import { changeKinds } from '../schemas/change';
import { eventKinds } from '../schemas/event';
import { institutionSchema } from '../schemas/institution';
import {
  ambitionLevels,
  completionAssessors,
  completionLevels,
  completionStages,
  milestoneStatuses,
  statedFigureKinds,
  diogLevels,
  irmReportTypes,
  ogpValueIds,
  planStatuses,
  policyAreas,
  principleIds,
  relevanceLevels,
} from '../schemas/vocabulary';

/** A fixed list of values that the pages show by a label from the UI dictionaries. */
export interface LabelledVocabulary {
  /** Where the values are defined, as an editor would look for them. */
  source: string;
  values: readonly string[];
  /** The components look up the label of `value` as `<prefix>.<value>`, under each of these prefixes. */
  prefixes: readonly string[];
}

const VOCABULARY = 'src/schemas/vocabulary.ts';
// Yes/no IRM fields are shown as `irm.<field>.true` / `.false` (CommitmentView).
const yesNo = ['true', 'false'] as const;

/**
 * Every vocabulary with a visible label and the key prefixes the components use for it. Page kinds
 * have no label: they choose what a page shows, and no page names them.
 */
export const labelledVocabularies: readonly LabelledVocabulary[] = [
  { source: `principleIds in ${VOCABULARY}`, values: principleIds, prefixes: ['principle'] },
  { source: `ogpValueIds in ${VOCABULARY}`, values: ogpValueIds, prefixes: ['ogpValue'] },
  { source: `planStatuses in ${VOCABULARY}`, values: planStatuses, prefixes: ['plan.status'] },
  { source: `policyAreas in ${VOCABULARY}`, values: policyAreas, prefixes: ['policyArea'] },
  { source: `irmReportTypes in ${VOCABULARY}`, values: irmReportTypes, prefixes: ['irm.report'] },
  {
    source: `ambitionLevels in ${VOCABULARY}`,
    values: ambitionLevels,
    prefixes: ['irm.ambition', 'irm.ambitionShort'],
  },
  {
    source: `completionLevels in ${VOCABULARY}`,
    values: completionLevels,
    prefixes: ['irm.completion'],
  },
  {
    source: `completionAssessors in ${VOCABULARY}`,
    values: completionAssessors,
    prefixes: ['completion.assessedBy'],
  },
  {
    source: `completionStages in ${VOCABULARY}`,
    values: completionStages,
    prefixes: ['completion.stage'],
  },
  {
    source: `milestoneStatuses in ${VOCABULARY}`,
    values: milestoneStatuses,
    prefixes: ['milestone.status'],
  },
  {
    source: `statedFigureKinds in ${VOCABULARY}`,
    values: statedFigureKinds,
    prefixes: ['figure.kind'],
  },
  {
    source: `diogLevels in ${VOCABULARY}`,
    values: diogLevels,
    prefixes: ['irm.diog', 'irm.diogShort'],
  },
  {
    source: `relevanceLevels in ${VOCABULARY}`,
    values: relevanceLevels,
    prefixes: ['irm.relevance'],
  },
  {
    source: 'the IRM yes/no fields in src/schemas/commitment.ts',
    values: yesNo,
    prefixes: ['irm.starred', 'irm.verifiable', 'irm.promising'],
  },
  {
    source: 'field "type" in src/schemas/institution.ts',
    values: institutionSchema.shape.type.options,
    prefixes: ['institution.type'],
  },
  { source: 'eventKinds in src/schemas/event.ts', values: eventKinds, prefixes: ['calendar.kind'] },
  { source: 'changeKinds in src/schemas/change.ts', values: changeKinds, prefixes: ['feed.kind'] },
];

/**
 * One problem per vocabulary value whose label is missing from a UI dictionary, naming the file, the key,
 * and the value it labels: without it the page that shows the value fails to build or shows nothing.
 * @example checkVocabularyLabels({ lv: {}, en: {} }, [{ source: 's', values: ['a'], prefixes: ['p'] }])
 * // ['src/i18n/ui/lv.json: key "p.a" is missing. It is the label of "a" (s): add it with the Latviešu text.', …]
 */
export function checkVocabularyLabels(
  dictionaries: Record<Locale, Record<string, string>>,
  vocabularies: readonly LabelledVocabulary[] = labelledVocabularies,
): string[] {
  const problems: string[] = [];
  for (const code of localeCodes) {
    for (const { source, values, prefixes } of vocabularies) {
      for (const prefix of prefixes) {
        for (const value of values) {
          const key = `${prefix}.${value}`;
          if (!dictionaries[code][key]?.trim()) {
            problems.push(
              `src/i18n/ui/${code}.json: key "${key}" is missing. It is the label of "${value}" (${source}): add it with the ${languageName(code)} text.`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/**
 * Both checks of the UI dictionaries: against each other (checkDictionaries) and against the vocabularies.
 * A label missing from one dictionary would be found by both; it is said once, in the words that say what it labels.
 */
export function checkUiText(dictionaries: Record<Locale, Record<string, string>>): string[] {
  const labels = checkVocabularyLabels(dictionaries);
  const said = new Set(labels.map(missingKey));
  return [
    ...checkDictionaries(dictionaries).filter((problem) => !said.has(missingKey(problem))),
    ...labels,
  ];
}

// Both checks start the problem of a missing key with `<file>: key "<key>" is missing.`
const missingKey = (problem: string) => /^\S+: key "[^"]+" is missing\./.exec(problem)?.[0];
