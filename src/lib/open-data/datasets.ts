import { commitments, milestones } from './commitments';
import { institutions } from './institutions';
import { plans } from './plans';
import { sources } from './sources';

/** The open data files, in the order the data page lists them. */
export const datasets = [commitments, milestones, plans, institutions, sources] as const;
export type DatasetName = (typeof datasets)[number]['name'];
