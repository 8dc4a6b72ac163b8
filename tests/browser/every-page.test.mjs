// Every page of every site, loaded in Chromium:
//  - with JavaScript on, no request leaves loopback while it loads, and everything it loads exists;
//  - with JavaScript off, it still shows its heading, its content and the main navigation (an
//    embed, made to sit in a frame on another site, has none);
//  - 320 CSS pixels wide, nothing scrolls sideways except inside a table or chart wrapper that says it scrolls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); });

const SITE_NAMES = ['example', 'basic', 'life', 'tsm'];

for (const site of SITE_NAMES) {
  test(`no request leaves loopback on any page of the ${site} site, and nothing it loads is missing`, { timeout: 600_000 }, async () => {
    const { context, requests } = await h.context(site);
    const failed = [];
    const offMachine = [];
    const origin = h.servers[site].origin;
    try {
      const page = await context.newPage();
      page.on('response', (r) => {
        if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()} (from ${page.url()})`);
      });
      page.on('requestfailed', (r) => { if (r.url().startsWith(origin)) failed.push(`failed ${r.url()} (from ${page.url()})`); });
      const pages = h.pages(site);
      assert.ok(pages.length > 10, `the ${site} site has only ${pages.length} pages`);
      for (const p of pages) {
        const before = requests.length;
        const resp = await page.goto(h.url(site, p), { waitUntil: 'load' });
        assert.equal(resp.status(), 200, `${p} answered ${resp.status()}`);
        for (const u of requests.slice(before)) if (!u.startsWith(origin + '/')) offMachine.push(`${p} asked for ${u}`);
      }
      // An address that does not exist, however deep, shows the 404 page with its style and
      // working links, as the web host serves it there.
      for (const p of ['/no-such-page', '/reviews/no-such-review/99/']) {
        const missing = await page.goto(h.url(site, p));
        assert.equal(missing.status(), 404);
        assert.equal(await page.locator('h1').innerText(), 'Page not found');
        assert.equal(await page.locator('.skip-link').evaluate((e) => e.getBoundingClientRect().right <= 0), true, `${p}: the 404 page is unstyled`);
      }
      await page.getByRole('link', { name: 'go to the home page' }).click();
      assert.equal(page.url(), h.url(site, '/index.html'));
      assert.equal(await page.locator('h1').count(), 1);
    } finally {
      await context.close();
    }
    assert.deepEqual(offMachine, [], `requests that left the machine:\n${offMachine.join('\n')}`);
    assert.deepEqual(failed, [], `files the pages ask for that are missing:\n${failed.join('\n')}`);
  });

  test(`with JavaScript off, every page of the ${site} site shows its heading, content and navigation`, { timeout: 600_000 }, async () => {
    const { context } = await h.context(site, { javaScriptEnabled: false });
    const problems = [];
    try {
      const page = await context.newPage();
      for (const p of h.pages(site)) {
        await page.goto(h.url(site, p));
        const h1 = page.locator('main h1');
        if ((await h1.count()) !== 1 || !(await h1.isVisible()) || !(await h1.innerText()).trim()) problems.push(`${p}: no visible <h1> in <main>`);
        // Everything in <main> that holds text is shown (screen-reader-only text aside): nothing
        // waits for a script to reveal it, except a part that only works with JavaScript (the
        // search form): it is marked data-needs-js and hidden until its script shows it, and then
        // the page must say, in words shown without JavaScript, that it needs JavaScript, and
        // link to the dashboards instead.
        const hiddenText = await page.locator('main').evaluate((main) => {
          const blocks = main.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, blockquote, figcaption, summary, label');
          // Text folded in a closed <details> is there for the asking: its <summary> shows.
          const folded = (el) => { const d = el.closest('details:not([open])'); return d && !el.closest('summary'); };
          const needsJs = (el) => el.closest('[data-needs-js][hidden]');
          const hidden = [...blocks].filter((el) => el.textContent.trim() && !el.closest('.visually-hidden') && !folded(el) && !needsJs(el) && !el.checkVisibility());
          const marked = [...main.querySelectorAll('[data-needs-js]')];
          const problems = [];
          for (const el of marked) {
            if (!el.hidden || el.checkVisibility()) problems.push(`a part marked data-needs-js shows without JavaScript`);
          }
          // A button that only helps, folded in a <details> (the Copy buttons of "Show this on
          // your website"): the details say, without JavaScript, how to do it by hand.
          const helper = (el) => el.closest('details');
          for (const el of marked.filter(helper)) {
            const words = [...helper(el).querySelectorAll('p')].filter((q) => !q.closest('[data-needs-js]')).map((q) => q.textContent);
            if (!words.some((w) => /without JavaScript|heb JavaScript/i.test(w))) problems.push('a button marked data-needs-js in a <details> has no words saying what to do without JavaScript');
          }
          const jsOnly = marked.filter((el) => !helper(el));
          if (jsOnly.length) {
            const shown = (el) => !el.closest('[data-needs-js]') && el.checkVisibility();
            if (![...main.querySelectorAll('p, div')].some((el) => shown(el) && /needs JavaScript|angen JavaScript/i.test(el.innerText))) problems.push('it does not say that this part needs JavaScript');
            const links = [...main.querySelectorAll('a[href]')].filter(shown).map((a) => new URL(a.href).pathname);
            for (const d of ['status/index.html', 'responsible/index.html', 'overdue/index.html']) {
              if (!links.some((l) => l.endsWith('/' + d))) problems.push(`without JavaScript it offers no link to ${d}`);
            }
          }
          return { hidden: hidden.map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 60)}`), problems, shown: main.innerText.trim().length, h1: main.querySelector('h1')?.innerText.length ?? 0 };
        });
        for (const t of hiddenText.hidden) problems.push(`${p}: not shown without JavaScript: ${t}`);
        for (const t of hiddenText.problems) problems.push(`${p}: ${t}`);
        if (hiddenText.shown <= hiddenText.h1 + 10) problems.push(`${p}: <main> shows nothing but its heading`);
        // An embed sits inside another site's page, in a frame: it has no navigation of its own.
        if (p.startsWith('/embed/') || p.startsWith('/cy/embed/')) continue;
        // The main navigation's label in the page's language (the example site is in Welsh too).
        const nav = page.getByRole('navigation', { name: p.startsWith('/cy/') ? 'Prif lywio' : 'Main', exact: true });
        if (!(await nav.isVisible())) { problems.push(`${p}: the main navigation is not visible`); continue; }
        const links = nav.getByRole('link');
        const n = await links.count();
        if (n < 5) problems.push(`${p}: the main navigation has ${n} links`);
        for (let i = 0; i < n; i++) {
          const box = await links.nth(i).boundingBox();
          if (!box || box.width < 1 || box.height < 1) problems.push(`${p}: navigation link ${i + 1} is not shown`);
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test(`at 320 CSS pixels wide, nothing on any page of the ${site} site scrolls sideways except a table or chart wrapper that says so`, { timeout: 600_000 }, async () => {
    const { context } = await h.context(site, { viewport: { width: 320, height: 640 } });
    const problems = [];
    try {
      const page = await context.newPage();
      for (const p of h.pages(site)) {
        await page.goto(h.url(site, p));
        const found = await page.evaluate(() => {
          const out = [];
          const doc = document.scrollingElement;
          if (doc.scrollWidth > doc.clientWidth) out.push(`the page is ${doc.scrollWidth} px wide and scrolls sideways`);
          const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
          const scrollers = new Set();
          for (const el of document.body.querySelectorAll('*')) {
            const cs = getComputedStyle(el);
            const scrolls = ['auto', 'scroll'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth;
            if (!scrolls) continue;
            scrollers.add(el);
            // A data table, or a chart whose text would be too small to read if it shrank, may
            // scroll inside a region that says so and that a keyboard can reach and scroll.
            const label = el.getAttribute('aria-label') || '';
            const holds = (el.classList.contains('table-wrap') && el.querySelector('table')) || (el.classList.contains('chart') && el.querySelector('svg[role="img"]'));
            if (!holds || el.getAttribute('role') !== 'region' || !/scroll|sgroli/i.test(label) || el.getAttribute('tabindex') !== '0') {
              out.push(`${name(el)} scrolls sideways but is not a table or chart wrapper that says it scrolls (role="region", an aria-label saying so, tabindex="0")`);
            }
          }
          // Content cut off at the right edge (hidden overflow) is as bad as a page that scrolls.
          const inside = (el) => { for (let a = el.parentElement; a; a = a.parentElement) if (scrollers.has(a)) return true; return false; };
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || r.right <= 0) continue;
            if (r.right > window.innerWidth + 0.5 && !inside(el)) out.push(`${name(el)} reaches ${Math.round(r.right)} px, past the right edge`);
          }
          return out.slice(0, 10);
        });
        for (const f of found) problems.push(`${p}: ${f}`);
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}
