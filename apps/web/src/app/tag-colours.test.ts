import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// antd's preset colours (green, red, orange, gold …) draw 12 px text on a pale tint below the 4.5:1
// that WCAG AA asks for; the theme's status colours (success, processing, warning, error) are
// darkened in app/theme.ts to pass. A tag names a status colour, or none.
const PRESETS = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'];
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.tsx') || entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('tag colours', () => {
  it('no Tag takes one of antd’s preset colours, written out or through a colour map', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offending: string[] = [];
    const literal = new RegExp(`<Tag[^>]*\\bcolor=["'{]+(${PRESETS.join('|')})["'}]`);
    const colourMap = new RegExp(`_COLORS?\\b[^=]*=\\s*\\{[^}]*:\\s*'(${PRESETS.join('|')})'`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (literal.test(text) || colourMap.test(text)) offending.push(path.relative(SRC, file));
    }
    expect(offending).toEqual([]);
  });
});
