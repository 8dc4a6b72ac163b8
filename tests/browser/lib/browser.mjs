// Debian's Chromium driven by playwright-core: no browser download, nothing off the machine.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google's hosts at start-up.
// Playwright gives every launch a fresh, empty profile directory of its own (--user-data-dir).
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Every wait is bounded: actions and navigations give up after these many milliseconds.
export const WAIT_MS = 15_000;

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (tests/run.sh does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
}

// A browser context with bounded waits. Every request any of its pages makes is recorded in
// `requests`, and anything not for `origin` is stopped before it leaves the machine.
export async function newContext(browser, origin, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin + '/') || url.startsWith('data:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  return { context, requests };
}
