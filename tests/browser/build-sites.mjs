// Builds the example site and the basic fixture site into target/browser-sites/ (run by `npm test`).
import { buildSites, SITES } from './lib/sites.mjs';

buildSites();
for (const [name, s] of Object.entries(SITES)) console.log(`built ${name} site (as of ${s.asOf}) in ${s.dir}`);
