import { passwordRuleViolations } from '@jobcircle/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOneTimePassword, passwordPolicyMessages } from './passwords.ts';

describe('password policy', () => {
  it('accepts a long password with three classes that is not common', () => {
    expect(passwordPolicyMessages('Reed#Marsh2030', 'worker-1')).toEqual([]);
  });

  it('refuses common passwords, also behind the usual decorations', () => {
    for (const common of ['password', 'Password123!', 'Qwerty123#', '!!Dragon2024']) {
      expect(passwordPolicyMessages(common, 'worker-1').join()).toContain('常见密码');
    }
  });

  it('counts classes: 3 of lower, upper, digit, symbol', () => {
    expect(passwordRuleViolations('abcdefgh1')).toContain('classes');
    expect(passwordRuleViolations('abcdefG1')).not.toContain('classes');
    expect(passwordRuleViolations('abc#efg1')).not.toContain('classes');
  });

  it('generates one-time passwords that always pass the policy', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const password = generateOneTimePassword();
        expect(password).toHaveLength(14);
        expect(passwordPolicyMessages(password, 'someone')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('password policy: issue 14', () => {
  it('refuses product, district and site words, also disguised', () => {
    for (const password of ['Chongming2026!', 'Jobcircle1!', 'Ch0ngM1ng#2026', 'My崇明Pass#1', 'Jiuye#Station9', '就业Abc#1234']) {
      expect(passwordRuleViolations(password, 'worker-1')).toContain('site_words');
    }
    expect(passwordRuleViolations('Reed#Marsh2030', 'worker-1')).toEqual([]);
  });

  it('refuses repeated patterns', () => {
    for (const password of ['Aa1!Aa1!', 'Xy#9Xy#9Xy#9', 'Abcd#1111x']) expect(passwordRuleViolations(password)).toContain('repeated');
    expect(passwordRuleViolations('Aa1!Bb2@')).not.toContain('repeated');
  });

  it('refuses space-padded passwords rather than trimming them silently', () => {
    expect(passwordRuleViolations(' Reed#Marsh2030')).toContain('surrounding_space');
    expect(passwordRuleViolations('Reed#Marsh2030 ')).toContain('surrounding_space');
    expect(passwordRuleViolations('Reed Marsh#2030')).toEqual([]);
  });
});
