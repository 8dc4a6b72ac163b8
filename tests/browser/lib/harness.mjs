// What most browser tests share: every site built and served on loopback, and one Chromium.
import { ensureSites, filesOf, urlPath } from './sites.mjs';
import { serve } from './server.mjs';
import { launch, newContext } from './browser.mjs';

export async function start() {
  const sites = ensureSites();
  const servers = {};
  for (const [name, s] of Object.entries(sites)) servers[name] = await serve(s.dir, s.mount);
  const browser = await launch();
  return {
    sites,
    servers,
    browser,
    // A page's address: path is from the site's root ("/reviews/"), as in pages.mjs.
    url: (site, path) => servers[site].origin + sites[site].mount.slice(0, -1) + path,
    // Every HTML page of a site, as the path a browser asks for.
    pages: (site) => filesOf(sites[site].dir, '.html').map(urlPath),
    context: (site, options) => newContext(browser, servers[site].origin, options),
    async stop() {
      await browser.close();
      for (const s of Object.values(servers)) await s.close();
    },
  };
}
