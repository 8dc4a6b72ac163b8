// axe-core finds no WCAG 2.2 A/AA violation on one page of every type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { start } from './lib/harness.mjs';
import { pageTypes } from './lib/pages.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let h;
before(async () => { h = await start(); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); });

const { list, missing } = pageTypes();

async function axeViolations(site, path, viewport) {
  const { context } = await h.context(site, { viewport });
  try {
    const page = await context.newPage();
    await page.goto(h.url(site, path));
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
    return result.violations;
  } finally {
    await context.close();
  }
}

function describe(violations) {
  return violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.html.slice(0, 200)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');
}

for (const p of list) {
  test(`axe: no WCAG 2.2 AA violation on the ${p.type} page (${p.site} site ${p.path})`, { timeout: 120_000 }, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
      const violations = await axeViolations(p.site, p.path, viewport);
      assert.equal(violations.length, 0, `at ${viewport.width} px wide:\n${describe(violations)}`);
    }
  });
}
for (const type of missing) test(`axe: the ${type} page`, { skip: `the site has no ${type} page yet` }, () => {});
