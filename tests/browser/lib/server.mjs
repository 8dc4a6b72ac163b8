// A tiny static file server for a built site, on 127.0.0.1 and a port the system picks, with the
// site at `mount` (its base_url's path, such as /scrutiny/). A folder is served as its index.html;
// a missing file gets the site's 404.html with status 404, as a web host would.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

async function fileFor(root, mount, urlPath) {
  let p;
  try { p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]); } catch { return null; }
  if (p + '/' === mount) return { redirect: mount };
  if (!p.startsWith(mount)) return null;
  p = p.slice(mount.length - 1);
  const full = path.normalize(path.join(root, p));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) {
      if (!p.endsWith('/')) return { redirect: mount + p.slice(1) + '/' };
      return { file: path.join(full, 'index.html') };
    }
    return { file: full };
  } catch { return null; }
}

export async function serve(dir, mount = '/') {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    const found = await fileFor(root, mount, req.url);
    if (found?.redirect) { res.writeHead(301, { Location: found.redirect }); res.end(); return; }
    try {
      const body = await readFile(found.file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(found.file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      let body = 'Not found';
      try { body = await readFile(path.join(root, '404.html')); } catch { /* no 404 page */ }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', resolve); });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
