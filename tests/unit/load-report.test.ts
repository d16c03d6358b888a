import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { loadReport } from '../../src/lib/load-report';

describe('the load report', () => {
  it('lists the problems of every collection together, once all have loaded, file problems first', async () => {
    const report = loadReport(['pages', 'plans', 'events'], () => ['stray file']);
    const settled = [
      report.settle('plans', ['plan problem']),
      report.settle('events', []),
      report.settle('pages', ['page problem']),
    ];
    const results = await Promise.allSettled(settled);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as ContentError;
      expect(error).toBeInstanceOf(ContentError);
      expect(error.problems).toEqual(['stray file', 'page problem', 'plan problem']);
    }
  });

  it('lets every collection go on when none has a problem', async () => {
    const report = loadReport(['pages', 'plans']);
    await expect(
      Promise.all([report.settle('pages', []), report.settle('plans', [])]),
    ).resolves.toEqual([undefined, undefined]);
  });
});
