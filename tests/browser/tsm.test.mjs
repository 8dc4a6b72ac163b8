// Tenant Satisfaction Measures (/tsm/), the way residents meet them: at 320 px the page itself
// never scrolls sideways, and each group's wide table scrolls inside its own labelled region that
// a keyboard can reach; printed, the page holds every measure and every figure of its tables and
// none of the navigation. (axe and vnu check these pages with the others: lib/pages.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start } from './lib/harness.mjs';

let h;
let tmp;
before(async () => { h = await start(); tmp = mkdtempSync(path.join(tmpdir(), 'followthrough-tsm-')); }, { timeout: 20 * 60_000 });
after(async () => { await h?.stop(); if (tmp) rmSync(tmp, { recursive: true, force: true }); });

const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('at 320 px, /tsm/ does not scroll sideways and its wide tables scroll in their own labelled regions', { timeout: 120_000 }, async () => {
  const { context } = await h.context('tsm', { viewport: { width: 320, height: 640 } });
  let found;
  try {
    const page = await context.newPage();
    await page.goto(h.url('tsm', '/tsm/'));
    found = await page.evaluate(() => {
      const doc = document.scrollingElement;
      const wraps = [...document.querySelectorAll('.table-wrap')].filter((w) => w.querySelector('table.tsm-table'));
      return {
        pageWidth: doc.scrollWidth,
        viewport: doc.clientWidth,
        tables: wraps.map((w) => ({
          label: w.getAttribute('aria-label'),
          role: w.getAttribute('role'),
          tabindex: w.getAttribute('tabindex'),
          scrolls: w.scrollWidth > w.clientWidth,
          fits: w.getBoundingClientRect().right <= window.innerWidth + 0.5,
        })),
      };
    });
    // The keyboard reaches a scrolling table and can scroll it.
    const wrap = page.locator('.table-wrap:has(table.tsm-table)').first();
    await wrap.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    found.scrolledBy = await wrap.evaluate((w) => w.scrollLeft);
  } finally {
    await context.close();
  }
  assert.ok(found.pageWidth <= found.viewport, `the page is ${found.pageWidth} px wide at 320 px`);
  assert.equal(found.tables.length, 5, 'one table per group');
  for (const t of found.tables) {
    assert.equal(t.role, 'region', `${t.label}: a region`);
    assert.match(t.label ?? '', /measures, 2024\/25 \(scrolls sideways on small screens\)$/);
    assert.equal(t.tabindex, '0', `${t.label}: reachable by keyboard`);
    assert.ok(t.fits, `${t.label}: the region itself fits the screen`);
  }
  assert.ok(found.tables.some((t) => t.scrolls), 'at 320 px a table is wider than the screen and scrolls in its region');
  assert.ok(found.scrolledBy > 0, 'the arrow keys scroll the focused table');
});

test('print: /tsm/ prints every measure with its figures, the timescales and the survey, and no navigation', { timeout: 120_000 }, async () => {
  const { context } = await h.context('tsm');
  let text, cells, navText;
  try {
    const page = await context.newPage();
    await page.goto(h.url('tsm', '/tsm/'));
    cells = await page.evaluate(() => [...document.querySelectorAll('table.tsm-table tbody tr')]
      .map((tr) => [...tr.cells].map((c) => c.innerText)));
    navText = await page.evaluate(() => [...document.querySelectorAll('nav a, .skip-link')].map((a) => a.innerText.trim()));
    const pdf = path.join(tmp, 'tsm.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw new Error(`could not run pdftotext (Debian package poppler-utils; tests/run.sh installs it): ${r.error.message}`);
    assert.equal(r.status, 0, r.stderr);
    text = norm(r.stdout);
  } finally {
    await context.close();
  }
  assert.equal(cells.length, 22, 'the 22 measures are on the page');
  const figures = cells.flat().flatMap((c) => c.split('\n')).map(norm).filter((c) => /^\d/.test(c));
  assert.ok(figures.length > 40, `only ${figures.length} figures on the page`);
  const missing = figures.filter((f) => !text.includes(f));
  assert.deepEqual(missing, [], `figures missing from the printed page: ${missing.join(', ')}`);
  for (const words of ['Target timescales', '24 hours', 'How the tenant survey was done', '1,204 responses', 'Where the figures come from']) {
    assert.ok(text.includes(words), `the printed page has no "${words}"`);
  }
  const navWords = ['Skip to main content', 'By status', 'Who is responsible'];
  for (const w of navWords) assert.ok(navText.includes(w), `the page has no "${w}" link to check the print for`);
  assert.deepEqual(navWords.filter((w) => text.includes(w)), [], 'the printed page shows navigation');
});
