// A tiny localhost page server for the demo and the browser tests (node:http, 127.0.0.1 only),
// and the seed article as a clean article page.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_TEXT = path.join(ROOT, 'demo', 'seed-article.txt');

const escape = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** An article page: <article> with an <h1> and one <p> per non-empty line; all text escaped. */
export function articleHtml(text, { title = 'The seed article', extra = '' } = {}) {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `    <p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <style>
    body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; color: #1f2937; }
    h1 { font: 700 1.8rem/1.2 system-ui, sans-serif; }
  </style>
</head>
<body>
  <article>
    <h1>${escape(title)}</h1>
${paragraphs}
  </article>
${extra}
</body>
</html>
`;
}

export const seedText = () => fs.readFileSync(SEED_TEXT, 'utf8');

/**
 * Serves `routes` ({'/path': {body, headers?} | (req) => {body, headers?} | undefined}) on
 * 127.0.0.1 with a free port. Resolves to {origin, server, close()}.
 */
export function serve(routes) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const route = routes[url.pathname];
    const page = typeof route === 'function' ? route(url) : route;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, server, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
