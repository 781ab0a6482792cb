import type { Employer, EmployerKind, employerIssues, IndustryDivisionCode } from '@jobcircle/domain';

/** The form's values: the body of CreateEmployerBody, with empty optional fields as undefined or ''. */
export interface EmployerFormValues {
  kind: EmployerKind;
  name: string;
  creditCode?: string | null;
  isKeyEmployer: boolean;
  industryDivision: IndustryDivisionCode;
  townCode: string;
  villageCode?: string | null;
  address: string;
  lng?: number | null;
  lat?: number | null;
  employeeCount?: number | null;
}

export const EMPLOYER_FIELD_LABELS: Record<string, string> = {
  kind: '单位类型',
  name: '单位名称',
  creditCode: '统一社会信用代码',
  isKeyEmployer: '重点企业',
  industryDivision: '所属行业',
  townCode: '所属乡镇',
  villageCode: '所属村居',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  employeeCount: '职工人数',
};

export function employerToFormValues(employer: Employer): EmployerFormValues {
  return {
    kind: employer.kind,
    name: employer.name,
    creditCode: employer.creditCode ?? '',
    isKeyEmployer: employer.isKeyEmployer,
    industryDivision: employer.industryDivision,
    townCode: employer.townCode,
    villageCode: employer.villageCode,
    address: employer.address,
    lng: employer.lng,
    lat: employer.lat,
    employeeCount: employer.employeeCount,
  };
}

/** The values as the API takes them: empty optional fields become null. */
export function employerFormToBody(values: EmployerFormValues) {
  const creditCode = values.creditCode?.trim();
  return {
    kind: values.kind,
    name: values.name,
    creditCode: creditCode ? creditCode : null,
    isKeyEmployer: values.isKeyEmployer,
    industryDivision: values.industryDivision,
    townCode: values.townCode,
    villageCode: values.villageCode ?? null,
    address: values.address,
    lng: values.lng ?? null,
    lat: values.lat ?? null,
    employeeCount: values.employeeCount ?? null,
  };
}

export function newEmployerValues(townCode: string | undefined): Partial<EmployerFormValues> {
  return { kind: 'company', townCode, isKeyEmployer: false, creditCode: '' };
}

/** What the contract's cross-field rule (employerIssues) reads from the form. */
export function employerIssueInput(values: EmployerFormValues): Parameters<typeof employerIssues>[0] {
  return { kind: values.kind, creditCode: values.creditCode?.trim() || null, lng: values.lng, lat: values.lat };
}
