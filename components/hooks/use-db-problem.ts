import { useEffect, useState } from 'preact/hooks';
import { watchDbProblem } from '../../lib/browser/db';
import type { MessageKey } from '../../lib/i18n';

/** What keeps this page's database from working (a blocked upgrade, a closed connection), or null. */
export function useDbProblem(): MessageKey | null {
  const [problem, setProblem] = useState<MessageKey | null>(null);
  useEffect(() => watchDbProblem(setProblem), []);
  return problem;
}
