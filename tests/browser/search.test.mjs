// Search, once the site has a search page: typing a recommendation's number, or a word from its
// title, finds it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { start } from './lib/harness.mjs';
import { SITES } from './lib/sites.mjs';

const hasSearch = existsSync(path.join(SITES.example.dir, 'search', 'index.html'));

let h;
before(async () => { if (hasSearch) h = await start(); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); });

// A recommendation of the example site: its number and a word of its title no other title has.
const REC = { url: 'reviews/tmo-scrutiny-2011/10/', number: '10', word: 'Boards' };

for (const [what, query] of [["a recommendation's number", REC.number], ['a word from its title', REC.word]]) {
  test(`search: typing ${what} finds the recommendation`, { skip: !hasSearch && 'the site has no search page yet', timeout: 60_000 }, async () => {
    const { context } = await h.context('example');
    try {
      const page = await context.newPage();
      await page.goto(h.url('example', '/search/'));
      const box = page.getByRole('searchbox').or(page.locator('main input[type="search"], main input[type="text"]')).first();
      await box.fill('');
      await box.pressSequentially(query);
      await box.press('Enter'); // a search that waits to be asked, as well as one that searches as you type
      const result = page.locator(`main a[href$="${REC.url}"], main a[href$="${REC.url}index.html"]`).first();
      await result.waitFor({ state: 'visible', timeout: 10_000 });
      assert.ok(await result.isVisible());
    } finally {
      await context.close();
    }
  });
}
