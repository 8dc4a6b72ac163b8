// The Nu Html Checker (vnu.jar, on Java) finds no HTML error on any page of every site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureSites, filesOf } from './lib/sites.mjs';

const VNU = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const JAVA = process.env.JAVA || 'java';

test('vnu: no HTML error on any page of the example site or the fixture sites', { timeout: 10 * 60 * 1000 }, () => {
  const sites = ensureSites();
  const files = Object.values(sites).flatMap((s) => filesOf(s.dir, '.html').map((f) => path.join(s.dir, f)));
  assert.ok(files.length > 40, `expected the sites' pages, found ${files.length}`);
  const r = spawnSync(JAVA, ['-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', timeout: 9 * 60 * 1000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`could not run ${JAVA} -jar ${VNU}: ${r.error.message} (install a Java runtime: tests/run.sh does)`);
  let report;
  try { report = JSON.parse(r.stderr || r.stdout); } catch {
    throw new Error(`vnu gave no JSON report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const listed = errors.map((m) => `${path.relative(process.cwd(), decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}\n    ${(m.extract ?? '').replace(/\n/g, ' ')}`);
  assert.equal(errors.length, 0, `${errors.length} HTML error(s) in ${files.length} pages:\n${listed.join('\n')}`);
  assert.equal(r.status, 0, `vnu exited with ${r.status}: ${r.stderr}`);
});
