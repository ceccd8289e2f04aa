import { useDbProblem } from './hooks/use-db-problem';
import { useT } from './hooks/use-t';

/** Says what keeps the page's data from being saved and what to do, while it lasts. */
export function StorageAlert() {
  const { t } = useT();
  const problem = useDbProblem();
  return problem ? (
    <p class="banner" role="alert">
      {t(problem)}
    </p>
  ) : null;
}
