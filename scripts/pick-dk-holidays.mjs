// Writes lib/dates/dk-holidays.json: only Denmark's rules from the date-holidays package, so the
// dashboard carries 1 KB of rules instead of every country's (1.5 MB). Run after upgrading
// date-holidays: node scripts/pick-dk-holidays.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const all = JSON.parse(readFileSync('node_modules/date-holidays/data/holidays.json', 'utf8'));
// Holidays like Langfredag are named rules ("_name") that the parser resolves from `names`.
const used = new Set(JSON.stringify(all.holidays.DK).match(/"_name":"[^"]+"/g)?.map((m) => m.slice(9, -1)) ?? []);
const names = Object.fromEntries(Object.entries(all.names).filter(([key]) => used.has(key)));
const dk = { version: all.version, license: all.license, holidays: { DK: all.holidays.DK }, names };
writeFileSync('lib/dates/dk-holidays.json', JSON.stringify(dk) + '\n');
console.log(`date-holidays ${all.version}: Denmark's rules written`);
