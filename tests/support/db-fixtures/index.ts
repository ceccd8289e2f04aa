import type { FixtureBuilder } from './types';
import { fixtureV1 } from './v1';
import { fixtureV2 } from './v2';
import { fixtureV3 } from './v3';
import { fixtureV4 } from './v4';
import { fixtureV5 } from './v5';
import { fixtureV6 } from './v6';
import { fixtureV7 } from './v7';

export type { DbFixture, FixtureBuilder } from './types';
export { blobHash, writeFixture } from './types';

/**
 * A filled database per schema version in lib/db/database.ts VERSIONS. A version without an
 * entry fails tests/lib/db/migration.test.ts: add one (built from the version before) with the version.
 */
export const DB_FIXTURES: Readonly<Record<number, FixtureBuilder>> = {
  1: fixtureV1,
  2: fixtureV2,
  3: fixtureV3,
  4: fixtureV4,
  5: fixtureV5,
  6: fixtureV6,
  7: fixtureV7,
};
