// IndexedDB for Dexie in Node; each test opens its own database name.
import 'fake-indexeddb/auto';

// The pages load English on demand (lib/i18n loadLocale); the unit tests have both at hand.
import { registerCatalog } from '../lib/i18n';
import { en } from '../lib/i18n/en';

registerCatalog('en', en);
