import { describe, expect, it } from 'vitest';
import { changedFields, draftKey, draftValues } from './form-draft.ts';

describe('form drafts', () => {
  it('are keyed by user and route', () => {
    expect(draftKey('u1', '/residents/new')).not.toBe(draftKey('u2', '/residents/new'));
    expect(draftKey('u1', '/residents/new')).not.toBe(draftKey('u1', '/employers/new'));
  });

  it('never keep ID numbers, phones or number-like text', () => {
    const kept = draftValues({
      name: '张三',
      idNumber: '31023019900307001X',
      mobile: '13912345678',
      contactPhone: '021-59612345',
      emergency: { name: '李四', phone: '13800000000' },
      notes: '电话 139 1234 5678 可联系',
      address: '城桥镇东门路 12 号',
      headcount: 3,
      nextFollowUpDate: '2026-12-20',
    });
    expect(kept).toEqual({
      name: '张三',
      emergency: { name: '李四' },
      address: '城桥镇东门路 12 号',
      headcount: 3,
      nextFollowUpDate: '2026-12-20',
    });
    expect(JSON.stringify(kept).replace(/\d{4}-\d{2}-\d{2}/g, '')).not.toMatch(/\d{7}/);
  });

  it('keep plain lists and leave out what is not plain data', () => {
    class Moment {
      value = '2026-01-01';
    }
    expect(draftValues({ skills: ['电工', '焊工'], startedOn: new Moment(), open: false, none: null })).toEqual({
      skills: ['电工', '焊工'],
      open: false,
      none: null,
    });
    expect(draftValues({ idNumber: '31023019900307001X' })).toBeUndefined();
  });

  it('hold only the fields the user changed', () => {
    expect(changedFields({ name: '张三', town: 'a', skills: ['电工'] }, { name: '张三', town: 'b', skills: ['电工'], notes: '' })).toEqual({
      town: 'b',
      notes: '',
    });
    expect(changedFields({ village: undefined }, { village: null })).toEqual({});
  });
});
