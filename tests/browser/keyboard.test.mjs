// Keyboard: on a review page, Tab reaches the skip link first, then every link of the main
// navigation, then an action-plan table (its scrolling wrapper and the links in it), and each of
// them visibly changes when it has focus. The skip link takes focus to the main content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); });

const REVIEW = '/reviews/tmo-scrutiny-2011/';

// What the element with focus is, in words a failure message can show.
const describeFocus = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  return {
    id: el.dataset.kbId ?? null,
    text: (el.getAttribute('aria-label') || el.innerText || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60),
    inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth,
  };
};

for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
  test(`keyboard at ${viewport.width} px: the skip link, the main navigation and a table are reached with Tab, with visible focus`, { timeout: 300_000 }, async () => {
    const { context } = await h.context('example', { viewport });
    try {
      const page = await context.newPage();
      await page.goto(h.url('example', REVIEW));

      // Mark the elements the test expects to reach, and photograph each before it has focus.
      const targets = await page.evaluate(() => {
        const list = [];
        const mark = (el, kind) => { el.dataset.kbId = String(list.length); list.push({ kind, text: (el.getAttribute('aria-label') || el.innerText).trim().slice(0, 60) }); };
        const skip = document.querySelector('a[href="#main"]');
        if (skip) mark(skip, 'skip link');
        const nav = document.querySelector('nav[aria-label="Main"]');
        for (const a of nav ? nav.querySelectorAll('a') : []) mark(a, 'main navigation link');
        const wrap = document.querySelector('#action-plan ~ .table-wrap');
        if (wrap) { mark(wrap, 'table wrapper'); const a = wrap.querySelector('tbody a'); if (a) mark(a, 'link in the table'); }
        return list;
      });
      const kinds = targets.map((t) => t.kind);
      assert.equal(kinds[0], 'skip link', 'the page has no skip link to #main');
      assert.ok(kinds.filter((k) => k === 'main navigation link').length >= 5, 'the main navigation has too few links');
      assert.ok(kinds.includes('table wrapper') && kinds.includes('link in the table'), 'the review has no action-plan table with links');

      const shot = async (id) => {
        const box = await page.evaluate((i) => {
          const el = document.querySelector(`[data-kb-id="${i}"]`);
          const r = el.getBoundingClientRect();
          return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
        }, id);
        // The element and a margin round it, where a focus outline would be drawn.
        const x = Math.max(0, box.x - 8), y = Math.max(0, box.y - 8);
        return page.screenshot({ fullPage: true, clip: { x, y, width: Math.min(box.width + 16, viewport.width - x), height: box.height + 16 } });
      };
      const unfocused = [];
      for (let i = 0; i < targets.length; i++) unfocused.push(await shot(String(i)));

      // Tab through the page (a bounded number of presses) and note where focus goes.
      const reached = new Map();
      const order = [];
      for (let press = 0; press < 400 && reached.size < targets.length; press++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(describeFocus);
        if (!f) break; // focus left the page: we went all the way round
        order.push(f.text);
        if (f.id !== null && !reached.has(f.id)) {
          const focusedShot = await shot(f.id);
          reached.set(f.id, { ...f, changed: !focusedShot.equals(unfocused[Number(f.id)]) });
        }
      }
      const problems = [];
      targets.forEach((t, i) => {
        const r = reached.get(String(i));
        if (!r) problems.push(`${t.kind} "${t.text}" is never reached with Tab`);
        else {
          if (!r.changed) problems.push(`${t.kind} "${t.text}" looks the same with and without focus`);
          if (!r.inViewport) problems.push(`${t.kind} "${t.text}" has focus but is not on the screen`);
        }
      });
      assert.deepEqual(problems, [], `${problems.join('\n')}\nTab order: ${order.join(' | ')}`);
      assert.equal(order[0], targets[0].text, `the first Tab reaches "${order[0]}", not the skip link`);

      // The skip link moves focus to the main content.
      await page.goto(h.url('example', REVIEW));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the skip link does not move focus to <main id="main">');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      assert.ok(next, 'after the skip link, Tab does not continue inside the main content');
    } finally {
      await context.close();
    }
  });
}

// The work programme: Tab reaches every link of its main content (the parts of the programme,
// then each review), in the order they are read, each visibly changing with focus.
for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
  test(`keyboard at ${viewport.width} px: every link of the work programme is reached with Tab, in reading order, with visible focus`, { timeout: 300_000 }, async () => {
    const { context } = await h.context('life', { viewport });
    try {
      const page = await context.newPage();
      await page.goto(h.url('life', '/programme/'));
      const links = await page.evaluate(() => [...document.querySelectorAll('main a')].map((a, i) => {
        a.dataset.kbId = String(i);
        return a.innerText.trim();
      }));
      assert.ok(links.includes('Late response review') && links.includes('Withdrawn review'), `the programme lists the reviews: ${links.join(' | ')}`);
      const box = (i) => page.evaluate((id) => {
        const r = document.querySelector(`[data-kb-id="${id}"]`).getBoundingClientRect();
        return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
      }, i);
      const shot = async (i) => {
        const b = await box(String(i));
        const x = Math.max(0, b.x - 8), y = Math.max(0, b.y - 8);
        return page.screenshot({ fullPage: true, clip: { x, y, width: Math.min(b.width + 16, viewport.width - x), height: b.height + 16 } });
      };
      const unfocused = [];
      for (let i = 0; i < links.length; i++) unfocused.push(await shot(i));
      // Start from the skip link, into <main>.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const order = [];
      const problems = [];
      for (let press = 0; press < 200 && order.length < links.length; press++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(describeFocus);
        if (!f || f.id === null) break;
        order.push(Number(f.id));
        if (!f.inViewport) problems.push(`"${f.text}" has focus but is not on the screen`);
        if ((await shot(f.id)).equals(unfocused[Number(f.id)])) problems.push(`"${f.text}" looks the same with and without focus`);
      }
      assert.deepEqual(order, links.map((_, i) => i), `Tab order in the programme: ${order.map((i) => links[i]).join(' | ')}`);
      assert.deepEqual(problems, [], problems.join('\n'));
    } finally {
      await context.close();
    }
  });
}

// A review's stages: an ordered list whose current step is marked for screen readers
// (aria-current="step") and told in words and by more than colour; Tab passes over the list (it
// has nothing to operate) to the link to the work programme and on, never trapped.
test('keyboard: the stepped list of a review marks one current step in words and style, and Tab moves past it', { timeout: 120_000 }, async () => {
  const { context } = await h.context('example', { viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(h.url('example', '/reviews/complaints-handling-2026/'));
    const steps = await page.evaluate(() => [...document.querySelectorAll('ol.steps > li')].map((li) => {
      const s = getComputedStyle(li);
      return { text: li.innerText.replace(/\s+/g, ' ').trim(), current: li.getAttribute('aria-current'), border: s.borderLeftWidth, weight: getComputedStyle(li.querySelector('.step-name')).fontSize };
    }));
    const current = steps.filter((s) => s.current === 'step');
    assert.equal(current.length, 1, `one step is aria-current="step": ${JSON.stringify(steps)}`);
    assert.match(current[0].text, /^Gathering evidence Current stage/);
    const others = steps.filter((s) => s.current !== 'step');
    assert.ok(others.every((s) => s.border !== current[0].border && s.weight !== current[0].weight), `the current step looks different beyond colour: ${JSON.stringify(steps)}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => ({ text: document.activeElement?.innerText, inSteps: document.activeElement?.closest('ol.steps') !== null }));
    assert.equal(f.text, 'See the whole work programme', 'the first link after the skip link is the one beside the stage');
    assert.equal(f.inSteps, false);
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.closest('main') !== null && document.activeElement?.innerText);
    assert.ok(after, 'Tab goes on from the stepped list into the rest of the page');
  } finally {
    await context.close();
  }
});
