// One page of every type, in the site that has it. The example site has no revised deadline,
// overdue or not-agreed recommendation, so those come from the basic fixture site.
// Pages another part of the project adds later (indicators, search, data) join the list as soon
// as the built site has them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SITES, filesOf } from './sites.mjs';

export const PAGE_TYPES = [
  { type: 'home', site: 'example', path: '/' },
  { type: 'reviews list', site: 'example', path: '/reviews/' },
  { type: 'review', site: 'example', path: '/reviews/tmo-scrutiny-2011/' },
  { type: 'recommendation', site: 'example', path: '/reviews/tmo-scrutiny-2011/10/' },
  { type: 'recommendation with a revised deadline', site: 'basic', path: '/reviews/housing-2013/2/' },
  { type: 'recommendation overdue', site: 'basic', path: '/reviews/housing-2013/3/' },
  { type: 'recommendation not agreed', site: 'basic', path: '/reviews/housing-2013/10/' },
  { type: 'status dashboard index', site: 'example', path: '/status/' },
  { type: 'status dashboard: done', site: 'example', path: '/status/done/' },
  { type: 'status dashboard: in progress', site: 'example', path: '/status/in-progress/' },
  { type: 'status dashboard: not started', site: 'basic', path: '/status/not-started/' },
  { type: 'status dashboard: closed', site: 'basic', path: '/status/closed/' },
  { type: 'responsible index', site: 'example', path: '/responsible/' },
  { type: 'responsible party', site: 'example', path: '/responsible/tmt/' },
  { type: 'overdue and not updated', site: 'basic', path: '/overdue/' },
  { type: 'overdue, nothing overdue', site: 'example', path: '/overdue/' },
  { type: 'you said, we did', site: 'example', path: '/you-said-we-did/' },
  { type: 'you said, we did with not agreed', site: 'basic', path: '/you-said-we-did/' },
  { type: 'updates', site: 'example', path: '/updates/' },
  { type: 'glossary', site: 'example', path: '/glossary/' },
  { type: 'accessibility statement (a free page)', site: 'example', path: '/pages/accessibility/' },
  { type: 'about (a free page with a Markdown table)', site: 'basic', path: '/pages/about/' },
  { type: '404', site: 'example', path: '/404.html' },
  { type: 'embed: the site', site: 'example', path: '/embed/' },
  { type: 'embed: a review', site: 'example', path: '/embed/reviews/tmo-scrutiny-2011/' },
  { type: 'embed: a review with one overdue', site: 'basic', path: '/embed/reviews/housing-2013/' },
  { type: 'Tenant Satisfaction Measures, the latest year (both tenures, every part)', site: 'tsm', path: '/tsm/' },
  { type: 'Tenant Satisfaction Measures, a year with measures not yet entered', site: 'example', path: '/tsm/2023-24/' },
  { type: 'a Tenant Satisfaction Measure in two parts, charted', site: 'tsm', path: '/tsm/ch01/' },
  { type: 'a recommendation linked to measures', site: 'tsm', path: '/reviews/repairs-2024/2/' },
  { type: 'list of reports to committee', site: 'example', path: '/reports/' },
  { type: 'report to committee', site: 'example', path: '/reports/2014-09-communities/' },
  { type: 'work programme', site: 'example', path: '/programme/' },
  { type: 'work programme with every group', site: 'life', path: '/programme/' },
  { type: 'review under way (its stages as steps, its scope)', site: 'example', path: '/reviews/complaints-handling-2026/' },
  { type: 'review awaiting a late response', site: 'life', path: '/reviews/e-awaiting-late/' },
  { type: 'review with an impact assessment', site: 'life', path: '/reviews/h-impact-assessed/' },
  { type: 'review withdrawn', site: 'life', path: '/reviews/j-withdrawn/' },
];

// Page types that exist once the generator makes them: [type, folder]. The folder's index page,
// and its first sub-page if it has any, are checked.
const LATER = [['indicators', 'indicators'], ['search', 'search'], ['data', 'data']];

// The example site is in English and Welsh (`languages: [en, cy]`): every page of it has a Welsh
// counterpart under /cy/, checked too (axe's `html-has-lang`, `html-lang-valid` and `valid-lang`
// rules among wcag2a's). The ALMO review is translated throughout; the Islington review is not,
// so its Welsh pages show English texts marked `lang="en"`.
const WELSH = [
  { type: 'review in Welsh, every text translated', site: 'example', path: '/cy/reviews/almo-support-framework-2005/' },
  { type: 'recommendation in Welsh, every text translated', site: 'example', path: '/cy/reviews/almo-support-framework-2005/1/' },
];

export function pageTypes() {
  const list = [...PAGE_TYPES];
  const missing = [];
  for (const [type, folder] of LATER) {
    const dir = path.join(SITES.example.dir, folder);
    if (!existsSync(path.join(dir, 'index.html'))) { missing.push(type); continue; }
    list.push({ type, site: 'example', path: `/${folder}/` });
    const sub = filesOf(dir, 'index.html').find((f) => f !== 'index.html');
    if (sub) list.push({ type: `${type}: one`, site: 'example', path: `/${folder}/${sub.replace(/index\.html$/, '')}` });
  }
  // Not looked for in the built site, which may not be built yet: the example's content says
  // it is bilingual, so a Welsh page that is not there fails.
  const welsh = list
    .filter((p) => p.site === 'example')
    .map((p) => ({ type: `${p.type} (Welsh)`, site: 'example', path: `/cy${p.path}` }));
  list.push(...welsh, ...WELSH);
  return { list, missing };
}
