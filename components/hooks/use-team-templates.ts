import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/browser/db';
import { getTeamTemplates } from '../../lib/settings/store';
import type { TemplateSet } from '../../lib/templates/defaults';

/** The team's own templates as stored when the editor opened (null while loading); the editor keeps its draft. */
export function useTeamTemplates(teamId: string) {
  const [own, setOwn] = useState<Partial<TemplateSet> | null>(null);
  useEffect(() => {
    void getTeamTemplates(getDb(), teamId).then(setOwn);
  }, [teamId]);
  return [own, setOwn] as const;
}
