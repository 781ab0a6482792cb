import { BASIC_SERVICE_ITEM_NOS, type CreateResidentBody, type CreateSiteBody, idNumberCheckChar } from '@jobcircle/domain';
import type { Agent } from './build-test-app.ts';

/** A valid station body for a town; override what the test is about. */
export function stationBody(townCode: string, overrides: Partial<CreateSiteBody> = {}): CreateSiteBody {
  return {
    kind: 'station',
    name: '测试就业服务站',
    townCode,
    address: '测试地址 1 号',
    openingHours: { periods: [{ day: 1, open: '08:30', close: '17:00' }] },
    zones: ['reception', 'self_service'],
    managingUnit: '社区事务受理服务中心',
    serviceItems: [...BASIC_SERVICE_ITEM_NOS],
    lng: 121.4,
    lat: 31.6,
    ...overrides,
  } as CreateSiteBody;
}

export function pointBody(townCode: string, villageCode: string, overrides: Partial<CreateSiteBody> = {}): CreateSiteBody {
  return stationBody(townCode, {
    kind: 'point',
    name: '测试就业服务点',
    villageCode,
    zones: ['reception'],
    serviceItems: [1, 2, 3, 7],
    ...overrides,
  });
}

/** Creates a site through the API and returns its id and version. */
export async function createSite(agent: Agent, body: CreateSiteBody): Promise<{ id: string; version: number }> {
  const response = await agent.post('/api/sites', body);
  if (response.statusCode !== 201) throw new Error(`site not created: ${response.body}`);
  return response.json() as { id: string; version: number };
}

/** A valid 18-character ID number: area code, birth date, a sequence, and its check character. */
export function idNumberFor(sequence: number, options: { area?: string; birthDate?: string; female?: boolean } = {}): string {
  const area = options.area ?? '310230';
  const birth = (options.birthDate ?? '1980-05-17').replaceAll('-', '');
  // Odd for men, even for women (GB 11643): distinct for sequences 0–499.
  const order = String((sequence * 2 + (options.female ? 0 : 1)) % 1000).padStart(3, '0');
  const first17 = `${area}${birth}${order}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

export function residentBody(townCode: string, villageCode: string, overrides: Partial<CreateResidentBody> = {}): CreateResidentBody {
  return {
    idNumber: idNumberFor(101),
    name: '张三',
    mobile: '13916000000',
    hukouType: 'local_agricultural',
    address: '城桥镇测试路 1 号',
    townCode,
    villageCode,
    education: 'senior_secondary',
    occupations: [],
    skills: ['电工'],
    certificates: [],
    hasDisability: false,
    employmentStatus: 'unemployed',
    keyGroups: [],
    consentChannel: 'written',
    consentDate: '2026-11-01',
    ...overrides,
  };
}
