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
