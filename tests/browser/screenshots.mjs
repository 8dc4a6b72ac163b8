// Takes the README's screenshots of the example site: the home page, a review and a
// recommendation, at desktop (1280 CSS px) and phone (375 CSS px) widths, into docs/screenshots/.
// Run with `npm run screenshots` (it builds the site first if it is not built).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { start } from './lib/harness.mjs';
import { repoRoot } from './lib/sites.mjs';

const OUT = path.join(repoRoot, 'docs', 'screenshots');
const PAGES = { home: '/', review: '/reviews/tmo-scrutiny-2011/', recommendation: '/reviews/tmo-scrutiny-2011/10/' };
const WIDTHS = { desktop: { width: 1280, height: 900, scale: 1 }, phone: { width: 375, height: 740, scale: 2 } };

mkdirSync(OUT, { recursive: true });
const h = await start();
try {
  for (const [size, v] of Object.entries(WIDTHS)) {
    const { context } = await h.context('example', { viewport: { width: v.width, height: v.height }, deviceScaleFactor: v.scale });
    const page = await context.newPage();
    for (const [name, p] of Object.entries(PAGES)) {
      await page.goto(h.url('example', p));
      const file = path.join(OUT, `${name}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(repoRoot, file)}`);
    }
    await context.close();
  }
} finally {
  await h.stop();
}
