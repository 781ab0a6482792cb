import { CreateSiteBodySchema, type Site, siteIssues, UpdateSiteBodySchema } from '@jobcircle/domain';
import { describe, expect, it } from 'vitest';
import { diffChanges } from '../../../lib/diff-changes.ts';
import { newSiteValues, type SiteFormValues, siteFormToBody, siteIssueInput, siteToFormValues } from './site-form-values.ts';

const site: Site = {
  id: '0190a000-0000-7000-8000-000000000001',
  kind: 'point',
  name: '鼓浪屿村就业服务点',
  publicName: '15分钟就业服务圈·崇心乐业 鼓浪屿村就业服务点',
  townCode: '310151101',
  townName: '城桥镇',
  villageCode: '310151101001',
  villageName: '鼓浪屿村',
  parentSiteId: '0190a000-0000-7000-8000-000000000002',
  outpostSetting: null,
  address: '崇明区城桥镇鼓浪屿村 1 号',
  lng: 121.39335,
  lat: 31.62988,
  openingHours: { periods: [{ day: 1, open: '09:00', close: '17:00' }] },
  zones: [],
  managingUnit: '鼓浪屿村村委会',
  contactPhone: null,
  serviceItems: [3, 1, 2],
  staffing: { status: 'ok', fullTimeCommunityWorkers: 0, serviceWorkers: 1, volunteers: 0 },
  isDemo: false,
  isActive: true,
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as Site;

describe('site form values', () => {
  it('an unchanged site sends nothing: the record and the form map to the same body', () => {
    const values = siteToFormValues(site);
    expect(diffChanges(siteFormToBody(siteToFormValues(site)), siteFormToBody(values))).toEqual({});
  });

  it('a change of one field sends that field alone, and the PATCH passes the contract', () => {
    const values: SiteFormValues = { ...siteToFormValues(site), contactPhone: ' 021-59611234 ' };
    const changes = diffChanges(siteFormToBody(siteToFormValues(site)), siteFormToBody(values), ['kind']);
    expect(changes).toEqual({ contactPhone: '021-59611234' });
    expect(UpdateSiteBodySchema.safeParse({ ...changes, version: site.version }).success).toBe(true);
  });

  it('clears what the kind does not have: a station has no village or parent, only an outpost a setting', () => {
    const values: SiteFormValues = { ...siteToFormValues(site), kind: 'station', outpostSetting: 'mall' };
    const body = siteFormToBody(values);
    expect(body.villageCode).toBeNull();
    expect(body.parentSiteId).toBeNull();
    expect(body.outpostSetting).toBeNull();
    const outpost = siteFormToBody({ ...siteToFormValues(site), kind: 'outpost', outpostSetting: 'mall' });
    expect(outpost.parentSiteId).toBeNull();
    expect(outpost.outpostSetting).toBe('mall');
  });

  it('turns empty optional fields into null and leaves a blank note out', () => {
    const body = siteFormToBody({
      ...siteToFormValues(site),
      contactPhone: '   ',
      lng: undefined,
      lat: undefined,
      openingHours: { periods: [], note: '  ' },
    });
    expect(body.contactPhone).toBeNull();
    expect(body.lng).toBeNull();
    expect(body.lat).toBeNull();
    expect(body.openingHours).toEqual({ periods: [] });
    expect(siteFormToBody({ ...siteToFormValues(site), openingHours: { periods: [], note: ' 节假日休息 ' } }).openingHours.note).toBe(
      '节假日休息',
    );
  });

  it('sorts the service items, so a reordered choice is no change', () => {
    expect(siteFormToBody(siteToFormValues(site)).serviceItems).toEqual([1, 2, 3]);
  });

  it('a new site filled in the usual way passes the create contract', () => {
    const values = {
      ...newSiteValues('310151101'),
      name: '鼓浪屿村就业服务点',
      villageCode: '310151101001',
      address: '崇明区城桥镇鼓浪屿村 1 号',
      managingUnit: '鼓浪屿村村委会',
    } as SiteFormValues;
    const result = CreateSiteBodySchema.safeParse(siteFormToBody(values));
    expect(result.success).toBe(true);
  });

  it('feeds the cross-field rule: a point without a village and half a coordinate are named', () => {
    const values: SiteFormValues = { ...siteToFormValues(site), villageCode: undefined, lat: null };
    const paths = siteIssues(siteIssueInput(values)).map((issue) => issue.path);
    expect(paths).toContain('villageCode');
    expect(paths).toContain('lat');
  });
});
