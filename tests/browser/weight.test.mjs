// Weight: every page of the example site, with the CSS and JavaScript it loads, stays under
// 60 KB uncompressed, for residents on slow connections and old phones (a report to committee,
// which must hold a whole period's updates, 100 KB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureSites, filesOf } from './lib/sites.mjs';

const LIMIT = 60 * 1000;
const REPORT_LIMIT = 100 * 1000;

test('weight: every page of the example site with its CSS and JS is under 60 KB', (t) => {
  const { dir, mount } = ensureSites().example;
  const weights = filesOf(dir, '.html').map((page) => {
    const html = readFileSync(path.join(dir, page), 'utf8');
    const assets = new Set();
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      if (/\brel="?stylesheet/i.test(m[0])) { const href = m[0].match(/\bhref="([^"]+)"/i); if (href) assets.add(href[1]); }
    }
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)) assets.add(m[1]);
    let bytes = Buffer.byteLength(html);
    for (const a of assets) {
      assert.ok(!/^([a-z]+:)?\/\//i.test(a), `${page} loads ${a} from another host`);
      // The 404 page links from the site's path on its host (base_url), the others relatively.
      const rel = a.startsWith(mount) ? path.join(dir, a.slice(mount.length)) : a.startsWith('/') ? null : path.join(dir, path.dirname(page), a);
      assert.ok(rel, `${page} links to ${a}, outside the site`);
      const file = rel.split(/[?#]/)[0];
      bytes += statSync(file).size;
    }
    return { page, bytes, assets: [...assets] };
  }).sort((a, b) => b.bytes - a.bytes);
  assert.ok(weights.length > 40);
  const heaviest = weights[0];
  t.diagnostic(`heaviest page: ${heaviest.page}, ${heaviest.bytes} bytes with ${heaviest.assets.join(', ')}`);
  // A report to committee carries every update of its period in full (SPEC: "every update dated
  // in the period"), so its length is the record's, not the theme's: it has a ceiling of its own,
  // against bloat, and every other page the 60 KB one.
  const isReport = (w) => /(^|\/)reports\/[^/]+\/index\.html$/.test(w.page);
  const over = weights.filter((w) => w.bytes >= (isReport(w) ? REPORT_LIMIT : LIMIT));
  assert.deepEqual(over.map((w) => `${w.page}: ${w.bytes} bytes`), [], `pages of ${LIMIT} bytes or more (a report: ${REPORT_LIMIT})`);
  assert.ok(weights.some(isReport), 'the example site has a report to committee');
});
