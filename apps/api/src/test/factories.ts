import { BASIC_SERVICE_ITEM_NOS, type CreateSiteBody } from '@jobcircle/domain';
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
