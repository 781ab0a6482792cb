import { BASIC_SERVICE_ITEM_NOS, DISTRICT_CODE, type OpeningHours, type Role, type SiteKind, type StaffPosition } from '@jobcircle/domain';
import type { AnonymousContext } from '../platform/context.ts';
import { hashPassword } from '../platform/passwords.ts';
import { demoResidents } from './demo-residents.ts';
import type { Services } from './services.ts';

/**
 * Demo data, marked as demo everywhere (`is_demo`): a station in every real town at its seat, a few
 * points and outposts, and an account in every role. The divisions and seats are real; the sites,
 * their addresses and the people are not. Point and outpost coordinates are placed near the town
 * seat because no open village coordinates exist.
 */
export const DEMO_PASSWORD = 'Demo#Chongming2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  position: StaffPosition;
  regionCode: string;
  siteKey?: string;
}

const CHENGQIAO = '310151101';
const BAOZHEN = '310151102';
const CHENJIAZHEN = '310151106';

const WEEKDAYS: OpeningHours = {
  periods: [1, 2, 3, 4, 5].map((day) => ({ day, open: '08:30', close: '17:00' })),
  note: '法定节假日休息（演示数据）',
};
const WEEKDAYS_AND_SATURDAY: OpeningHours = {
  periods: [...WEEKDAYS.periods, { day: 6, open: '09:00', close: '12:00' }],
  note: '周六上午开放（演示数据）',
};

interface DemoSite {
  key: string;
  kind: SiteKind;
  name: string;
  townCode: string;
  villageCode?: string;
  parentKey?: string;
  outpostSetting?: 'mall' | 'park' | 'transport_hub';
  offset: [number, number];
  items: number[];
  zones: ('reception' | 'self_service' | 'activity')[];
  hours: OpeningHours;
  managingUnit: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'demo.district',
    displayName: '演示·区人社局管理员',
    role: 'district_admin',
    position: 'administrator',
    regionCode: DISTRICT_CODE,
  },
  {
    username: 'demo.town.chengqiao',
    displayName: '演示·城桥镇管理员',
    role: 'town_admin',
    position: 'administrator',
    regionCode: CHENGQIAO,
  },
  { username: 'demo.town.baozhen', displayName: '演示·堡镇管理员', role: 'town_admin', position: 'administrator', regionCode: BAOZHEN },
  {
    username: 'demo.station.chengqiao',
    displayName: '演示·城桥站专职社工',
    role: 'station_staff',
    position: 'full_time_community_worker',
    regionCode: CHENGQIAO,
    siteKey: `station:${CHENGQIAO}`,
  },
  {
    username: 'demo.station.baozhen',
    displayName: '演示·堡镇站专职社工',
    role: 'station_staff',
    position: 'full_time_community_worker',
    regionCode: BAOZHEN,
    siteKey: `station:${BAOZHEN}`,
  },
  {
    username: 'demo.point.chengqiao',
    displayName: '演示·村居服务点专员',
    role: 'point_staff',
    position: 'service_worker',
    regionCode: 'village:0',
    siteKey: 'point:0',
  },
  {
    username: 'demo.volunteer',
    displayName: '演示·就业志愿者',
    role: 'volunteer',
    position: 'volunteer',
    regionCode: 'village:0',
    siteKey: 'point:0',
  },
  { username: 'demo.mentor', displayName: '演示·创业指导师', role: 'mentor', position: 'mentor', regionCode: CHENGQIAO },
];

export async function seedDemo(services: Services, ctx: AnonymousContext): Promise<DemoAccount[] | null> {
  const { regions, sites: siteService, accounts: accountServices, audit, residents } = services;
  const { db } = services.database;
  if (await accountServices.setup.hasAccount('demo.district')) return null;
  const now = ctx.now;
  const towns = (await regions.towns()).filter((town) => !town.is_statistical);
  const villagesOf = async (townCode: string) => {
    const tree = await regions.tree({ level: 'town', districtCode: DISTRICT_CODE, townCode }, []);
    return tree.children[0]?.children ?? [];
  };
  const chengqiaoVillages = (await villagesOf(CHENGQIAO)).slice(0, 3);
  const baozhenVillages = (await villagesOf(BAOZHEN)).slice(0, 2);

  const sites: DemoSite[] = towns.map((town) => ({
    key: `station:${town.code}`,
    kind: 'station',
    name: `${town.name}就业服务站`,
    townCode: town.code,
    offset: [0, 0],
    items: [...BASIC_SERVICE_ITEM_NOS, 8, 12, 23],
    zones: town.code === CHENGQIAO ? ['reception', 'self_service', 'activity'] : ['reception', 'self_service'],
    hours: town.code === CHENGQIAO ? WEEKDAYS_AND_SATURDAY : WEEKDAYS,
    managingUnit: `${town.name}社区事务受理服务中心`,
  }));
  [...chengqiaoVillages.map((v) => [CHENGQIAO, v] as const), ...baozhenVillages.map((v) => [BAOZHEN, v] as const)].forEach(
    ([townCode, village], i) => {
      sites.push({
        key: `point:${i}`,
        kind: 'point',
        name: `${village.name.replace(/(村民|居民)委员会$|委会$/, '')}就业服务点`,
        townCode,
        villageCode: village.code,
        parentKey: `station:${townCode}`,
        offset: [0.008 * (i + 1), -0.006 * (i + 1)],
        items: [1, 2, 3, 7, 11, 16],
        zones: ['reception'],
        hours: WEEKDAYS,
        managingUnit: `${village.name}与${townCode === CHENGQIAO ? '城桥镇' : '堡镇'}就业服务站共同管理`,
      });
    },
  );
  sites.push(
    {
      key: 'outpost:mall',
      kind: 'outpost',
      name: '城桥商圈就业小店',
      townCode: CHENGQIAO,
      outpostSetting: 'mall',
      offset: [0.006, 0.004],
      items: [3, 7],
      zones: [],
      hours: WEEKDAYS_AND_SATURDAY,
      managingUnit: '城桥镇就业服务站',
    },
    {
      key: 'outpost:hub',
      kind: 'outpost',
      name: '陈家镇交通枢纽就业小站',
      townCode: CHENJIAZHEN,
      outpostSetting: 'transport_hub',
      offset: [0.01, 0.005],
      items: [3, 7],
      zones: [],
      hours: WEEKDAYS,
      managingUnit: '陈家镇就业服务站',
    },
    {
      key: 'outpost:park',
      kind: 'outpost',
      name: '堡镇园区就业小屋',
      townCode: BAOZHEN,
      outpostSetting: 'park',
      offset: [-0.01, 0.006],
      items: [3, 5, 7],
      zones: [],
      hours: WEEKDAYS,
      managingUnit: '堡镇就业服务站',
    },
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = DEMO_ACCOUNTS.map((account) => ({
    ...account,
    regionCode: account.regionCode === 'village:0' ? (chengqiaoVillages[0]?.code ?? CHENGQIAO) : account.regionCode,
  }));

  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    for (const site of sites) {
      const town = towns.find((t) => t.code === site.townCode);
      const placed = town?.lng != null && town.lat != null;
      const id = await siteService.createDemoSite(
        trx,
        {
          kind: site.kind,
          name: site.name,
          townCode: site.townCode,
          villageCode: site.villageCode ?? null,
          parentSiteId: site.parentKey ? (ids.get(site.parentKey) ?? null) : null,
          outpostSetting: site.outpostSetting ?? null,
          address: `${town?.name ?? ''}（演示地址，请核实）`,
          lng: placed ? Number((Number(town.lng) + site.offset[0]).toFixed(6)) : null,
          lat: placed ? Number((Number(town.lat) + site.offset[1]).toFixed(6)) : null,
          openingHours: site.hours,
          zones: site.zones,
          managingUnit: site.managingUnit,
          items: site.items,
        },
        now,
      );
      ids.set(site.key, id);
    }
    for (const account of accounts) {
      const placement = (await regions.placementOf(account.regionCode)) ?? {
        districtCode: DISTRICT_CODE,
        townCode: null,
        villageCode: null,
      };
      await accountServices.setup.createDemoAccount(
        trx,
        {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          position: account.position,
          siteId: account.siteKey ? (ids.get(account.siteKey) ?? null) : null,
          placement,
          passwordHash,
        },
        now,
      );
    }
    await accountServices.staff.refreshStaffing(trx, ...ids.values());
    await residents.demo.registerDemoResidents(
      trx,
      ctx,
      demoResidents(
        baozhenVillages.map((village) => village.code),
        ctx,
      ),
    );
    await audit.record(trx, ctx, {
      action: 'system.seed_demo',
      entityType: 'system',
      actorUsername: 'system',
      details: { sites: sites.length, accounts: accounts.length },
    });
  });
  return accounts;
}
