/** The register's filters, shared by the build (which writes row attributes) and the browser (which reads them). No imports: it ships to the browser. */

/** Filter names, as they appear in the address (`?plan=3&principle=openness`) and on table rows (`data-plan`). */
export const registerFilterNames = ['plan', 'principle', 'lead', 'area', 'irm'] as const;
export type RegisterFilter = (typeof registerFilterNames)[number];

/**
 * Whether a row passes every chosen filter; a row attribute may hold several values separated by spaces.
 * @example rowMatches({ plan: '3', principle: 'openness participation', lead: '', area: 'open-data', irm: '' }, { principle: 'openness' }) // true
 */
export function rowMatches(
  row: Record<RegisterFilter, string>,
  chosen: Partial<Record<RegisterFilter, string>>,
): boolean {
  return registerFilterNames.every((name) => {
    const want = chosen[name];
    return !want || row[name].split(' ').includes(want);
  });
}
