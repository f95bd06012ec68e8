// Serves a built site the way a plain static host would, so that Lighthouse measures the pages and not a server:
//   node serve.mjs FOLDER PORT
// Only the headers such a host sends (no compression, caching or security headers: those belong to the host a site
// is deployed on). A missing page gets the 404.html of its language, else the site's own, with status 404, as
// `playbooks serve` does.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const [folder, port] = process.argv.slice(2);
if (!folder || !/^\d+$/.test(port ?? '')) {
  console.error('usage: node serve.mjs FOLDER PORT');
  process.exit(2);
}
const root = await realpath(folder);

/* The regular file a path names inside the root, or null: a link that leads out of the folder is not found. */
async function fileAt(relative) {
  try {
    const file = await realpath(path.join(root, relative));
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    const info = await stat(file);
    return { file, info };
  } catch {
    return null;
  }
}

function send(request, response, status, found, extra = {}) {
  const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': found.info.size,
    'Last-Modified': found.info.mtime.toUTCString(),
    ...extra,
  });
  if (request.method === 'HEAD') {
    response.end();
  } else {
    createReadStream(found.file).pipe(response);
  }
}

function plain(response, status, text, extra = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  response.end(text + '\n');
}

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  }
  const url = new URL(request.url, 'http://host');
  let segments;
  try {
    segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return plain(response, 400, 'Bad request path.');
  }
  // A decoded ".." or separator would climb out of the folder, whatever the containment check says later.
  if (segments.some((s) => s === '..' || s === '.' || /[\\/\0]/.test(s))) {
    return plain(response, 400, 'Bad request path.');
  }
  const relative = segments.join('/');
  const found = await fileAt(relative);
  if (found?.info.isDirectory()) {
    if (relative !== '' && !url.pathname.endsWith('/')) {
      // Relative links inside the folder's index.html need the slash.
      return plain(response, 301, 'Moved.', { Location: url.pathname + '/' + url.search });
    }
    const index = await fileAt(path.join(relative, 'index.html'));
    if (index?.info.isFile()) return send(request, response, 200, index);
  } else if (found?.info.isFile()) {
    return send(request, response, 200, found);
  }
  const notFound = (segments.length > 1 && (await fileAt(path.join(segments[0], '404.html')))) || (await fileAt('404.html'));
  if (notFound?.info.isFile()) return send(request, response, 404, notFound);
  return plain(response, 404, 'Not found.');
});

server.listen(Number(port), '127.0.0.1', () => console.log(`Serving ${folder} at http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
