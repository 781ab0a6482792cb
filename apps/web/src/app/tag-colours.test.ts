import { describe, expect, it } from 'vitest';

// antd's preset colours (green, red, orange, gold …) draw 12 px text on a pale tint below the 4.5:1
// that WCAG AA asks for; the theme's status colours (success, processing, warning, error) are
// darkened in app/theme.ts to pass. A tag names a status colour, or none.
const PRESETS = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'];
// Every source file of the web app as text (Vite's glob: no Node imports in the web).
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('tag colours', () => {
  it('no Tag takes one of antd’s preset colours, written out or through a colour map', () => {
    const files = Object.entries(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    const offending: string[] = [];
    const literal = new RegExp(`<Tag[^>]*\\bcolor=["'{]+(${PRESETS.join('|')})["'}]`);
    const colourMap = new RegExp(`_COLORS?\\b[^=]*=\\s*\\{[^}]*:\\s*'(${PRESETS.join('|')})'`);
    for (const [file, text] of files) if (literal.test(text) || colourMap.test(text)) offending.push(file);
    expect(offending).toEqual([]);
  });
});
