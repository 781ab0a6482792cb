import { CreateJobBodySchema, type Job, jobIssues } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '../../../lib/diff-changes.ts';
import { JOB_FIELD_LABELS, type JobFormValues, jobFormToBody, jobToFormValues, newJobValues } from './job-form-values.ts';

/** A new job filled in the usual way at an employer visit. */
const filled: JobFormValues = {
  ...newJobValues('2026-11-26', '2027-01-26'),
  employerId: '0190a000-0000-7000-8000-000000000010',
  siteId: '0190a000-0000-7000-8000-000000000020',
  occupationCode: '4-09-08-01',
  title: '保洁员',
  description: '负责公共区域清洁。',
  payMinYuan: 4000,
  payMaxYuan: 5000,
  address: '城桥镇测试路 8 号',
  contactName: '王经理',
  contactPhone: '13916001234',
};

describe('job form values', () => {
  it('a new job filled in the usual way passes the create contract, published, with pay in fen', () => {
    const body = jobFormToBody(filled);
    expect(CreateJobBodySchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ payMinFen: 400_000, payMaxFen: 500_000, payUnit: 'month', publish: true, headcount: 1 });
    expect(body.benefits).toEqual(['social_insurance']);
  });

  it('turns yuan with cents into whole fen without floating-point drift', () => {
    const body = jobFormToBody({ ...filled, payMinYuan: 19.99, payMaxYuan: 2345.67, payUnit: 'hour' });
    expect(body).toMatchObject({ payMinFen: 1999, payMaxFen: 234_567 });
    expect(Number.isInteger(body.payMinFen)).toBe(true);
  });

  it('a single pay figure is both ends of the range, and no figure at all is sent as 0 fen', () => {
    expect(jobFormToBody({ ...filled, payMinYuan: 3000, payMaxYuan: undefined })).toMatchObject({ payMinFen: 300_000, payMaxFen: 300_000 });
    expect(jobFormToBody({ ...filled, payMinYuan: undefined, payMaxYuan: undefined })).toMatchObject({ payMinFen: 0, payMaxFen: 0 });
  });

  it('a range upside down is named on the highest pay by the shared rule', () => {
    const body = jobFormToBody({ ...filled, payMinYuan: 5000, payMaxYuan: 4000 });
    expect(jobIssues(body).map((issue) => issue.path)).toEqual(['payMaxFen']);
  });

  it('trims the optional texts and sends a blank one as null', () => {
    const body = jobFormToBody({ ...filled, requirementsNote: '  需要健康证  ', dailyHours: '   ', shifts: '', workDays: ' 周一至周五 ' });
    expect(body).toMatchObject({ requirementsNote: '需要健康证', dailyHours: null, shifts: null, workDays: '周一至周五' });
  });

  it('sends the optional requirements left empty as null, and an age range with its reason', () => {
    expect(jobFormToBody(filled)).toMatchObject({
      educationMin: null,
      experienceYears: null,
      requirementsNote: null,
      ageMin: null,
      ageMax: null,
      ageReason: null,
    });
    const aged = jobFormToBody({ ...filled, ageMin: 18, ageMax: 50, ageReason: 'special_work' });
    expect(aged).toMatchObject({ ageMin: 18, ageMax: 50, ageReason: 'special_work' });
    expect(jobIssues(aged)).toEqual([]);
    expect(jobIssues(jobFormToBody({ ...filled, ageMin: 18 })).map((issue) => issue.path)).toEqual(['ageReason']);
  });

  it('sends an unchosen employer, site and occupation as empty, refused on their fields', () => {
    const body = jobFormToBody({ ...filled, employerId: undefined, siteId: undefined, occupationCode: undefined });
    expect(body).toMatchObject({ employerId: '', siteId: '', occupationCode: '' });
    const parsed = CreateJobBodySchema.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['employerId', 'siteId', 'occupationCode']),
    );
  });

  it('keeps a draft a draft, and has a label for every field the server may name', () => {
    expect(jobFormToBody({ ...filled, publish: false }).publish).toBe(false);
    const named = Object.keys(jobFormToBody(filled)).filter((field) => field !== 'publish');
    expect(named.filter((field) => !(field in JOB_FIELD_LABELS))).toEqual([]);
  });

  it('a stored job edited without changes sends nothing; a new headcount is the only change; the masked phone is never sent back', () => {
    const stored = {
      ...jobFormToBody(filled),
      id: '0190a000-0000-7000-8000-000000000030',
      employerName: '测试单位',
      siteName: '城桥镇就业服务站',
      hiredCount: 0,
      lng: null,
      lat: null,
      contactPhoneMasked: '139****1234',
      state: 'open',
      serviceRecordId: null,
      districtCode: '310151',
      townCode: '310151101',
      villageCode: null,
      createdByName: '王社工',
      version: 3,
      createdAt: '2026-11-26T02:00:00.000Z',
      updatedAt: '2026-11-26T02:00:00.000Z',
    } as Job;
    const initial = jobToFormValues(stored);
    expect(initial).toMatchObject({ payMinYuan: 4000, payMaxYuan: 5000, contactPhone: '', requirementsNote: '' });
    expect(diffChanges(jobFormToBody(initial), jobFormToBody({ ...initial }), ['employerId', 'publish'])).toEqual({});
    expect(diffChanges(jobFormToBody(initial), jobFormToBody({ ...initial, headcount: 4 }), ['employerId', 'publish'])).toEqual({
      headcount: 4,
    });
  });
});
