// The three sites the browser suite looks at, built with the real followthrough binary:
//  - example: the repository's own content/ (what the README shows), as of 2026-11-22;
//  - basic:   tests/fixtures/sites/basic as of 2014-06-01, which has the page types the example
//             lacks: a revised deadline (housing-2013/2), an overdue recommendation
//             (housing-2013/3) and one not agreed (housing-2013/10);
//  - tsm:     tests/fixtures/sites/tsm as of 2025-06-01, two complete years of Tenant
//             Satisfaction Measures for rented and shared-ownership homes.
//  - life:    tests/fixtures/sites/life as of 2026-12-02, a review at every stage of its life
//             (proposed to withdrawn), a late response and an impact assessment, so the work
//             programme shows every group.
// `npm test` builds them afresh first (pretest); a single test file run on its own builds them
// only if they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sitesDir = path.join(repoRoot, 'target', 'browser-sites');

// The path of a site's base_url (site.yaml): the site is served there, as on the council's host,
// so that the 404 page, shown at any missing address, is checked as residents meet it.
function basePath(root) {
  const yaml = readFileSync(path.join(root, 'content', 'site.yaml'), 'utf8');
  const m = yaml.match(/^base_url:\s*["']?([^"'\s#]+)/m);
  if (!m) return '/';
  const p = new URL(m[1]).pathname.replace(/\/+$/, '');
  return `${p}/`;
}

function site(root, asOf, name) {
  return { root, asOf, dir: path.join(sitesDir, name), mount: basePath(root) };
}

export const SITES = {
  example: site(repoRoot, '2026-11-22', 'example'),
  basic: site(path.join(repoRoot, 'tests', 'fixtures', 'sites', 'basic'), '2014-06-01', 'basic'),
  // Two complete years of Tenant Satisfaction Measures, both tenures: every column of /tsm/.
  tsm: site(path.join(repoRoot, 'tests', 'fixtures', 'sites', 'tsm'), '2025-06-01', 'tsm'),
  life: site(path.join(repoRoot, 'tests', 'fixtures', 'sites', 'life'), '2026-12-02', 'life'),
};

// The followthrough command: FOLLOWTHROUGH_BIN if set (a binary already built), else `cargo run`,
// which reuses the binary `cargo test` has just built and rebuilds it if the theme changed.
function followthrough(args) {
  const bin = process.env.FOLLOWTHROUGH_BIN && path.resolve(process.env.FOLLOWTHROUGH_BIN);
  const [cmd, argv] = bin
    ? [bin, args]
    : ['cargo', ['run', '--locked', '--quiet', '--', ...args]];
  const r = spawnSync(cmd, argv, { cwd: repoRoot, encoding: 'utf8', timeout: 20 * 60 * 1000 });
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}

export function buildSites() {
  for (const site of Object.values(SITES)) {
    rmSync(site.dir, { recursive: true, force: true });
    mkdirSync(path.dirname(site.dir), { recursive: true });
    followthrough(['build', '--quiet', '--root', site.root, '--as-of', site.asOf, '--output', site.dir]);
  }
}

export function ensureSites() {
  if (!Object.values(SITES).every((s) => existsSync(path.join(s.dir, 'index.html')))) buildSites();
  return SITES;
}

// Every file under dir whose name ends with ext, as paths relative to dir with forward slashes.
export function filesOf(dir, ext) {
  const out = [];
  const walk = (rel) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith(ext)) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

// The site path a browser asks for to get a file: "reviews/x/index.html" -> "/reviews/x/".
export function urlPath(rel) {
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}
