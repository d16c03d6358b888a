import type { Locale } from '../i18n/locales';
import type { Institution } from '../schemas/institution';

/**
 * An institution's name with its abbreviation, so readers (and search) meet both.
 * @example institutionLabel(stateChancellery, 'lv') // 'Valsts kanceleja (VK)'
 */
export function institutionLabel(institution: Institution, lang: Locale): string {
  const short = institution.abbreviation?.[lang];
  return short ? `${institution.name[lang]} (${short})` : institution.name[lang];
}
