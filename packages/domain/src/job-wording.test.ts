import { describe, expect, it } from 'vitest';
import { checkFields, checkWording, wordingMessages } from './job-wording.ts';
import { jobIssues, jobWordingFindings } from './jobs.ts';

describe('the wording check of a job post', () => {
  it.each([
    ['招聘仓库管理员，限男性', 'sex', '限男性'],
    ['男性优先，能吃苦', 'sex', '男性优先'],
    ['仅限汉族', 'ethnicity', '汉族'],
    ['要求本市户籍', 'hukou', '本市户籍'],
    ['外地人勿扰', 'hukou', '外地人'],
    ['已婚已育者优先', 'marriage', '已婚'],
    ['三年内无生育计划', 'marriage', '生育'],
    ['35岁以下', 'age', '35岁以下'],
    ['年龄18-35岁', 'age', '18-35岁'],
    ['乙肝携带者勿扰', 'health', '乙肝'],
    ['身体健全', 'disability', '身体健全'],
    ['入职交押金200元', 'fraud', '押金'],
    ['需扣押身份证', 'fraud', '扣押身份证'],
  ])('refuses %s as %s, naming %s', (text, category, word) => {
    const findings = checkWording('description', text);
    const finding = findings.find((f) => f.category === category);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.words).toContain(word);
    expect(finding?.field).toBe('description');
    expect(finding?.reason.length).toBeGreaterThan(10);
  });

  it.each([
    '男女不限，欢迎大龄求职者',
    '户籍不限，缴纳五险，含生育保险',
    '年龄不限，婚否不限，民族不限',
    '公司不收取任何费用，体检费用由公司承担',
    '负责客房清洁和布草整理，有经验者优先',
  ])('lets an inclusive post through: %s', (text) => {
    expect(checkWording('description', text)).toEqual([]);
  });

  it('checks every text field of a job and keeps the field of each finding', () => {
    const findings = jobWordingFindings({ title: '保安（限男）', description: '本地户口优先', skills: ['驾驶'], requirementsNote: null });
    expect(findings.map((f) => [f.field, f.category])).toEqual([
      ['title', 'sex'],
      ['description', 'hukou'],
    ]);
    const messages = wordingMessages(findings);
    expect(Object.keys(messages)).toEqual(['title', 'description']);
    expect(messages.title?.[0]).toContain('限男');
  });

  it('narrows to the anti-fraud words for the gig market', () => {
    expect(checkFields({ description: '男性，交保证金' }, ['fraud']).map((f) => f.words)).toEqual([['保证金']]);
  });

  it('allows an age range only with a lawful reason', () => {
    expect(jobIssues({ ageMin: 18, ageMax: 50 }).map((i) => i.path)).toEqual(['ageReason']);
    expect(jobIssues({ ageMin: 18, ageMax: 50, ageReason: 'public_welfare_policy' })).toEqual([]);
    expect(jobIssues({ ageMin: 40, ageMax: 30, ageReason: 'public_welfare_policy' }).map((i) => i.path)).toEqual(['ageMax']);
    expect(jobIssues({ payMinFen: 500_000, payMaxFen: 400_000 }).map((i) => i.path)).toEqual(['payMaxFen']);
  });
});
