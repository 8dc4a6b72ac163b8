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

// A report to committee prints as an A4 paper: its title block, numbered pages, every row of
// every table whole on one page (a row split across two pages shows as one whose text starts on
// one page and ends on the next), and the addresses of the recommendations it names.
test('print: the example report to committee prints as an A4 paper with no row split across pages', { timeout: 120_000 }, async () => {
  const { context } = await h.context('example');
  let rows, pages;
  try {
    const page = await context.newPage();
    await page.goto(h.url('example', '/reports/2014-09-communities/'));
    await page.emulateMedia({ media: 'print' });
    rows = await page.evaluate(() => [...document.querySelectorAll('.committee-paper tbody tr')]
      .map((tr) => [...tr.cells].map((td) => td.innerText).join(' ')));
    const pdf = path.join(tmp, 'report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw new Error(`could not run pdftotext (Debian package poppler-utils): ${r.error.message}`);
    assert.equal(r.status, 0, r.stderr);
    pages = r.stdout.split('\f').map(norm).filter((p) => p.length > 0);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info.stdout, /Page size:.*\(A4\)/, `not A4:\n${info.stdout}`);
  } finally {
    await context.close();
  }
  assert.ok(rows.length > 20, `the report shows only ${rows.length} rows`);
  assert.ok(pages.length > 1, 'the report printed on one page');
  const all = pages.join(' ');
  assert.ok(all.includes('Report to Communities Review Committee, meeting of 15 September 2014'), 'no title block');
  assert.ok(all.includes('Period covered 1 March 2014 to 31 August 2014'), 'no period in the title block');
  pages.forEach((p, i) => assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1} has no page number`));
  // Text without its spaces: a long address or word wraps at a hyphen on paper.
  const bare = (s) => s.replace(/\s+/g, '');
  assert.ok(bare(all).includes('https://www.example.gov.uk/scrutiny/reviews/tmo-scrutiny-2011/3/'), 'the addresses of the recommendations are not printed');
  assert.ok(!all.includes('Skip to main content'), 'the navigation is printed');
  // Each row whole on one page: its text (without the page furniture) is found within one page.
  const split = rows.map(norm).filter((row) => !pages.some((p) => bare(p).includes(bare(row))));
  assert.deepEqual(split, [], `rows split across pages (or missing):\n${split.join('\n')}`);
});
