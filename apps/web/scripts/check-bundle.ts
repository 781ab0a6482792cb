// The first console page's JavaScript budget (issue 15 §1): what the browser must fetch before the
// first page can render — the entry script of dist/index.html, the modules it preloads, and every
// module those import statically — gzipped and summed. Lazy route chunks (import()) are not counted.
// Run after the build: `npm run check:bundle -w apps/web`; fails above the budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
if (entry.length === 0) {
  console.error('check-bundle: no module script in dist/index.html — run the build first');
  process.exit(1);
}

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`), not `import("./z.js")`. */
function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?from\s*)?["'](\.\.?\/[^"']+\.js)["']/g);
  return [...found].map((m) => m[1] ?? '');
}

const seen = new Map<string, { raw: number; gzip: number }>();
const queue = [...entry, ...preloaded].map((url) => path.join(dist, url));
while (queue.length > 0) {
  const file = queue.shift() as string;
  if (seen.has(file)) continue;
  const code = readFileSync(file);
  seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  for (const imported of staticImports(code.toString('utf8'))) queue.push(path.resolve(path.dirname(file), imported));
}

/** Route chunks the first console page loads beside the entry (reported, not budgeted). */
const ROUTE_CHUNKS = ['ConsoleLayout', 'HomePage'];

const rows = [...seen.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [file, size] of rows.slice(0, 10)) {
  console.log(`${kb(size.gzip).padStart(10)} gzip ${kb(size.raw).padStart(10)}  ${path.relative(dist, file)}`);
}
const total = rows.reduce((sum, [, size]) => sum + size.gzip, 0);
const raw = rows.reduce((sum, [, size]) => sum + size.raw, 0);
console.log(`first page: ${rows.length} scripts, ${kb(total)} gzipped (${kb(raw)} uncompressed); budget ${kb(BUDGET_BYTES)}`);
const assets = readdirSync(path.join(dist, 'assets'));
const routeQueue = ROUTE_CHUNKS.flatMap((name) => assets.filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js')));
const routeSeen = new Set<string>();
let routeGzip = 0;
while (routeQueue.length > 0) {
  const file = path.resolve(dist, 'assets', routeQueue.shift() as string);
  if (seen.has(file) || routeSeen.has(file)) continue;
  routeSeen.add(file);
  const code = readFileSync(file);
  routeGzip += gzipSync(code, { level: 9 }).length;
  for (const imported of staticImports(code.toString('utf8')))
    routeQueue.push(path.relative(path.join(dist, 'assets'), path.resolve(path.dirname(file), imported)));
}
console.log(
  `then, beside the page's data: the console shell and the workbench (${ROUTE_CHUNKS.join(', ')}) add ${kb(routeGzip)} gzipped in ${routeSeen.size} scripts (not budgeted)`,
);
if (total > BUDGET_BYTES) {
  console.error(`check-bundle: the first page needs ${kb(total)} of JavaScript gzipped, above the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
