import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TableClient } from '@azure/data-tables';

/**
 * Counts the requests one TableClient sends from now on, so a test can say what an operation costs.
 *
 * @example
 * const seen = countRequests(table); await box.saveAnswer(…); seen.count // 1; seen.methods // ['POST']
 */
export function countRequests(table: TableClient): { count: number; methods: string[] } {
  const seen = { count: 0, methods: [] as string[] };
  const policy: PipelinePolicy = { name: 'count-requests', sendRequest: (req, next) => ((seen.count += 1), seen.methods.push(req.method), next(req)) };
  table.pipeline.addPolicy(policy);
  return seen;
}
