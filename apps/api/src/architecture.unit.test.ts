import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The module graph of the API, drawn from the import statements: a module may use the services of
// the modules below it, never the other way round (docs/decisions.md, "Module shape").

const SRC_DIR = path.dirname(fileURLToPath(import.meta.url));
const MODULES_DIR = path.join(SRC_DIR, 'modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;

/** module name → the other modules its non-test files import, and the files that import outside `modules/`. */
export function moduleGraph(modulesDir: string): { edges: Map<string, Set<string>>; upward: string[] } {
  const edges = new Map<string, Set<string>>();
  const upward: string[] = [];
  for (const module of readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const targets = new Set<string>();
    edges.set(module.name, targets);
    for (const file of sourceFiles(path.join(modulesDir, module.name))) {
      if (file.endsWith('.test.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? '';
        if (!specifier.startsWith('.')) continue;
        const resolved = path.resolve(path.dirname(file), specifier);
        const relative = path.relative(modulesDir, resolved);
        if (relative.startsWith('..')) {
          const top = path.relative(path.dirname(modulesDir), resolved).split(path.sep)[0] ?? '';
          if (!['platform', 'db', 'config.ts'].includes(top)) upward.push(`${path.relative(modulesDir, file)} → ${specifier}`);
          continue;
        }
        const target = relative.split(path.sep)[0] ?? '';
        if (target !== module.name) targets.add(target);
      }
    }
  }
  return { edges, upward };
}

/** The relative imports of the non-test files under `dir`, each as a path from `src/` (`modules/sites/sites.table.ts`). */
export function importsUnder(dir: string): { file: string; target: string }[] {
  return sourceFiles(dir)
    .filter((file) => !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({
          file: path.relative(SRC_DIR, file),
          target: path.relative(SRC_DIR, path.resolve(path.dirname(file), specifier)),
        })),
    );
}

/** The first cycle found, as a path that starts and ends at the same module, or null. */
export function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...edges.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the module graph', () => {
  it('finds a cycle when there is one (the check itself can fail)', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set<string>()],
    ]);
    expect(findCycle(edges)).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toBeNull();
  });

  it('has no cycle between modules', () => {
    const { edges } = moduleGraph(MODULES_DIR);
    expect(edges.size).toBeGreaterThan(5);
    expect(edges.get('accounts')).toContain('regions');
    expect(findCycle(edges)).toBeNull();
  });

  it('modules import only platform/, db/ and the config type above them (never app.ts or the composition)', () => {
    expect(moduleGraph(MODULES_DIR).upward).toEqual([]);
  });

  it('db/ is below the modules: of a module it imports only the table interfaces (the schema), never a service or a repository', () => {
    const imports = importsUnder(path.join(SRC_DIR, 'db'));
    // The schema's table interfaces are seen, so the scan reads the imports it judges.
    expect(imports.filter(({ target }) => target.startsWith(`modules${path.sep}`)).length).toBeGreaterThan(5);
    const upward = imports.filter(({ target }) => {
      const top = target.split(path.sep)[0] ?? '';
      return top === 'modules' ? !target.endsWith('.table.ts') : ['composition', 'app.ts', 'main.ts', 'test'].includes(top);
    });
    expect(upward.map(({ file, target }) => `${file} → ${target}`)).toEqual([]);
  });
});
