// Bundles the API and its CLIs into dist/ with esbuild. The workspace package @jobcircle/domain
// (TypeScript source) is bundled in; every npm dependency stays external and loads from node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const domain = JSON.parse(readFileSync(new URL('../../../packages/domain/package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(domain.dependencies ?? {})]
  .filter((name) => !name.startsWith('@jobcircle/'))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  absWorkingDir: new URL('..', import.meta.url).pathname,
  entryPoints: { main: 'src/main.ts', 'audit-verify': 'src/cli/audit-verify.ts', migrate: 'src/cli/migrate.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
console.log('built apps/api/dist');
