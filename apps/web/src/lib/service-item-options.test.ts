import { SERVICE_ITEMS, SERVICE_MODULES, TICKET_VIEW_LABELS, TICKET_VIEWS } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { optionsOf, SERVICE_ITEM_GROUP_OPTIONS, serviceItemLabel } from './service-item-options.ts';

describe('service item options', () => {
  it('offers each of the 25 items exactly once, under its own module', () => {
    expect(SERVICE_ITEM_GROUP_OPTIONS).toHaveLength(SERVICE_MODULES.length);
    const values = SERVICE_ITEM_GROUP_OPTIONS.flatMap((group) => group.options.map((option) => option.value));
    expect([...values].sort((a, b) => a - b)).toEqual(SERVICE_ITEMS.map((item) => item.no));
    SERVICE_MODULES.forEach((module, i) => {
      const expected = SERVICE_ITEMS.filter((item) => item.module === module).map((item) => item.no);
      expect(SERVICE_ITEM_GROUP_OPTIONS[i]?.options.map((option) => option.value)).toEqual(expected);
    });
  });

  it('labels an item by its number and short name, and nothing as a dash', () => {
    expect(serviceItemLabel(3)).toBe('3 政策咨询');
    expect(serviceItemLabel(null)).toBe('—');
    expect(serviceItemLabel(99)).toBe('99');
  });

  it('builds options of a closed set in its order', () => {
    expect(optionsOf(TICKET_VIEWS, TICKET_VIEW_LABELS).map((option) => option.value)).toEqual([...TICKET_VIEWS]);
  });
});
