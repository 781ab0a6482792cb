import { CreateResidentBodySchema, IdSchema } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { isRequiredField } from './form.ts';

describe('required marks', () => {
  it('an optional list or a nullable choice is not required', () => {
    expect(isRequiredField(IdSchema.nullable())).toBe(false);
    expect(isRequiredField(CreateResidentBodySchema.shape.skills)).toBe(false);
    expect(isRequiredField(CreateResidentBodySchema.shape.occupations)).toBe(false);
  });

  it('a field that accepts no empty value is', () => {
    expect(isRequiredField(IdSchema)).toBe(true);
    expect(isRequiredField(CreateResidentBodySchema.shape.name)).toBe(true);
  });
});
