// @ts-check
/** One page of each type, for the benchmarks: the same pages in every table. */
export const pageTypes = {
  home: 'lv/',
  'prose page': 'lv/kas-ir-ogp/',
  plan: 'lv/plani/3/',
  commitment: 'lv/apnemsanas/lv0029/',
  register: 'lv/apnemsanas/',
  search: 'lv/meklet/?q=l%C4%ABdzdal%C4%ABba',
};
