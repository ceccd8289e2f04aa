import { getDb } from '../../lib/browser/db';
import { type CycleDocuments, cycleDocumentsOf } from '../../lib/cycles/documents';
import { useLiveQuery } from './use-live-query';

/** A cycle's page data (any cycle, closed ones too), live: undefined while loading, null when there is no such cycle. */
export const useCycleDocuments = (cycleId: string): CycleDocuments | null | undefined =>
  useLiveQuery(() => cycleDocumentsOf(getDb(), cycleId), [cycleId]).value;
