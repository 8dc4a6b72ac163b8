// Print: a review printed (Chromium's PDF, read back with pdftotext) holds its whole action-plan
// table, every row and every column, and none of the site's navigation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start } from './lib/harness.mjs';

let h;
let tmp;
before(async () => { h = await start(); tmp = mkdtempSync(path.join(tmpdir(), 'followthrough-print-')); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); if (tmp) rmSync(tmp, { recursive: true, force: true }); });

const norm = (s) => s.replace(/\s+/g, ' ').trim();

for (const [site, review] of [['example', '/reviews/tmo-scrutiny-2011/'], ['basic', '/reviews/housing-2013/']]) {
  test(`print: the ${site} site's review ${review} prints its full action plan and no navigation`, { timeout: 120_000 }, async () => {
    const { context } = await h.context(site);
    let text, pages, rows, headings, navText;
    try {
      const page = await context.newPage();
      await page.goto(h.url(site, review));
      // Each row of the action plan as its cells' text, and the words of the navigation.
      rows = await page.evaluate(() => [...document.querySelectorAll('#action-plan ~ .table-wrap table tbody tr')]
        .map((tr) => [...tr.cells].map((td) => td.innerText).join(' ')));
      headings = await page.evaluate(() => [...document.querySelectorAll('#action-plan ~ h3')].map((e) => e.innerText.trim()));
      navText = await page.evaluate(() => [...document.querySelectorAll('nav a, .skip-link')].map((a) => a.innerText.trim()));
      const pdf = path.join(tmp, `${site}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: false });
      const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
      if (r.error) throw new Error(`could not run pdftotext (Debian package poppler-utils; tests/run.sh installs it): ${r.error.message}`);
      assert.equal(r.status, 0, r.stderr);
      text = norm(r.stdout);
      // The last line of each printed page but the last.
      pages = r.stdout.split('\f').slice(0, -1).map((p) => p.trim().split('\n').pop().trim());
    } finally {
      await context.close();
    }
    assert.ok(rows.length > 2, `the review shows only ${rows.length} action-plan rows`);
    const missing = rows.filter((row) => !text.includes(norm(row)));
    assert.deepEqual(missing, [], `rows of the action plan missing from the printed page:\n${missing.join('\n')}`);
    assert.ok(text.includes('No. Recommendation Responsible Deadline Status'), 'the printed table has no column headings');
    // No page ends with a table's column headings or a theme's heading, left apart from their rows.
    const stranded = pages.map((last, i) => ({ page: i + 1, last }))
      .filter(({ last }) => last === 'No. Recommendation Responsible Deadline Status' || headings.includes(last));
    assert.deepEqual(stranded, [], `pages that end with a heading whose rows are on the next page: ${JSON.stringify(stranded)}`);
    // The navigation is on the screen but not on paper: the skip link and the main navigation,
    // by the words of their links.
    const navWords = ['Skip to main content', 'By status', 'Who is responsible', 'You said, we did'];
    for (const w of navWords) assert.ok(navText.includes(w), `the page has no "${w}" link to check the print for`);
    const printedNav = navWords.filter((w) => text.includes(w));
    assert.deepEqual(printedNav, [], `the printed page shows navigation: ${printedNav.join(', ')}`);
  });
}
