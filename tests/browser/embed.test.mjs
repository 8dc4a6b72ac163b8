// Share and embed, as a council's web page meets it: the iframe snippet a review page offers,
// pasted into a page of another site (served by this test on its own 127.0.0.1 port), shows the
// review's embed at the snippet's size, asks nothing of any other host, and its link opens the
// full page in the top window. Each embed fits its fixed height from 280 to 800 pixels wide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { start } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); }, { timeout: 20 * 60_000 }); // may build the sites
after(async () => { await h?.stop(); });

// The text of the read-only box `id` on a built page, as the Copy button copies it.
function snippet(site, page, id) {
  const html = readFileSync(path.join(h.sites[site].dir, page), 'utf8');
  const m = html.match(new RegExp(`<textarea[^>]*id="${id}"[^>]*>([\\s\\S]*?)</textarea>`));
  assert.ok(m, `${page} has the box ${id}`);
  return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

// The site's base_url, as the snippet's absolute addresses start.
function baseUrl(site) {
  const yaml = readFileSync(path.join(h.sites[site].root, 'content', 'site.yaml'), 'utf8');
  return yaml.match(/^base_url:\s*["']?([^"'\s#]+)/m)[1];
}

const EMBEDS = [
  { site: 'example', page: 'reviews/tmo-scrutiny-2011/index.html', embed: '/embed/reviews/tmo-scrutiny-2011/' },
  { site: 'example', page: 'index.html', embed: '/embed/' },
  { site: 'basic', page: 'reviews/housing-2013/index.html', embed: '/embed/reviews/housing-2013/' },
];

for (const e of EMBEDS) {
  test(`${e.embed} of the ${e.site} site fits the snippet's height from 280 to 800 pixels wide`, { timeout: 120_000 }, async (t) => {
    const code = snippet(e.site, e.page, 'share-iframe');
    const height = Number(code.match(/height="(\d+)"/)[1]);
    for (const width of [280, 360, 500, 800]) {
      const { context, requests } = await h.context(e.site, { viewport: { width, height } });
      try {
        const page = await context.newPage();
        await page.goto(h.url(e.site, e.embed));
        const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: Math.ceil(document.body.getBoundingClientRect().bottom) }));
        t.diagnostic(`${width} px wide: ${size.h} of ${height} px high`);
        assert.ok(size.h <= height, `at ${width} px wide the embed is ${size.h} px high, over the snippet's ${height}`);
        assert.ok(size.w <= width, `at ${width} px wide the embed is ${size.w} px wide`);
        assert.deepEqual(requests.filter((u) => !u.endsWith(e.embed)), [], 'the embed asks for nothing but itself');
      } finally {
        await context.close();
      }
    }
  });
}

// A stand-in for the council's own page, on another origin: the snippet pasted into its body.
async function councilPage(body) {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Scrutiny – the council</title></head><body><main><h1>Scrutiny</h1>${body}</main></body></html>` : 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}

test('the iframe snippet pasted into another site\'s page shows the review\'s embed, and its link opens the full page in the top window', { timeout: 120_000 }, async () => {
  const e = EMBEDS[0];
  const site = h.url(e.site, '/');
  const code = snippet(e.site, e.page, 'share-iframe').replaceAll(baseUrl(e.site), site);
  assert.ok(code.includes(`src="${site}${e.embed.slice(1)}"`), code);
  const council = await councilPage(code);
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(council.origin + '/') || url.startsWith(h.servers[e.site].origin + '/')) return route.continue();
    return route.abort('blockedbyclient');
  });
  try {
    const page = await context.newPage();
    await page.goto(council.origin + '/');
    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await frame.locator('h1').waitFor();
    assert.match(await frame.locator('h1').innerText(), /TMO Scrutiny Review/);
    assert.match(await frame.locator('main').innerText(), /recommendations done/);
    const box = await iframe.boundingBox();
    assert.equal(Math.round(box.height), Number(code.match(/height="(\d+)"/)[1]), 'shown at the snippet\'s height');
    assert.ok(box.width > 280, `shown ${box.width} px wide`);
    const shown = await frame.locator('h1').boundingBox();
    assert.ok(shown && shown.height > 0 && shown.y >= box.y && shown.y + shown.height <= box.y + box.height, 'its heading shows inside the frame');
    assert.deepEqual(requests.filter((u) => !u.startsWith(council.origin) && !u.startsWith(h.servers[e.site].origin)), [], 'nothing from any other host');
    await Promise.all([page.waitForURL(`${site}reviews/tmo-scrutiny-2011/index.html`), frame.locator('a').first().click()]);
    assert.match(await page.locator('main h1').innerText(), /TMO Scrutiny Review/, 'the full page opened in the top window');
  } finally {
    await context.close();
    await council.close();
  }
});

test('with JavaScript, the Copy button copies the snippet exactly as the box shows it', { timeout: 60_000 }, async () => {
  const e = EMBEDS[0];
  const { context } = await h.context(e.site, { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.goto(h.url(e.site, '/reviews/tmo-scrutiny-2011/'));
    await page.locator('details.share summary').click();
    const button = page.getByRole('button', { name: 'Copy the plain HTML' });
    await button.click();
    await page.locator('details.share [role=status]').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, snippet(e.site, e.page, 'share-html'));
  } finally {
    await context.close();
  }
});
