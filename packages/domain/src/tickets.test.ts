import { describe, expect, it } from 'vitest';
import { isAwaitingTake, PUBLIC_TICKET_DEFAULT_ITEM_NO, publicTicketItemNo, SubmitPublicTicketBodySchema } from './tickets.ts';

describe('publicTicketItemNo', () => {
  it('files a request without an item as a policy enquiry, whatever the site offers', () => {
    expect(PUBLIC_TICKET_DEFAULT_ITEM_NO).toBe(3);
    expect(publicTicketItemNo(undefined, [])).toBe(3);
    expect(publicTicketItemNo(undefined, [17, 18])).toBe(3);
  });

  it('keeps an item the site offers and refuses one it does not', () => {
    expect(publicTicketItemNo(17, [3, 17])).toBe(17);
    expect(publicTicketItemNo(18, [3, 17])).toBeNull();
    expect(publicTicketItemNo(3, [])).toBeNull();
  });
});

describe('isAwaitingTake', () => {
  it('is true only for an open ticket without an owner', () => {
    expect(isAwaitingTake({ state: 'open', ownerStaffId: null })).toBe(true);
    expect(isAwaitingTake({ state: 'open', ownerStaffId: 's1' })).toBe(false);
    expect(isAwaitingTake({ state: 'resolved', ownerStaffId: null })).toBe(false);
  });
});

describe('SubmitPublicTicketBodySchema', () => {
  const body = {
    siteId: '01a2190b-70e8-7a7d-aa14-e6766ac34cc6',
    summary: ' 想咨询失业登记 ',
    contactName: '王阿姨',
    mobile: '139 1234 5678',
  };

  it('normalises the mobile and trims the text', () => {
    expect(SubmitPublicTicketBodySchema.parse(body)).toEqual({ ...body, summary: '想咨询失业登记', mobile: '13912345678' });
  });

  it('names the field of each refusal', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...body, summary: '   ' }, 'summary'],
      [{ ...body, summary: 'x'.repeat(501) }, 'summary'],
      [{ ...body, mobile: '021-69961234' }, 'mobile'],
      [{ ...body, contactName: '' }, 'contactName'],
      [{ ...body, itemNo: 26 }, 'itemNo'],
      [{ ...body, siteId: 'x' }, 'siteId'],
    ];
    for (const [input, field] of cases) {
      const result = SubmitPublicTicketBodySchema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
    }
  });
});
