// What journeys create through the API before they start: each journey makes its own data, with
// names no other run has used, so that any journey runs alone, in any order, on any demo database.
import { randomInt } from 'node:crypto';
import {
  CREDIT_CODE_ALPHABET,
  type CreateResidentBody,
  type CreateSiteBody,
  type CreateStaffBody,
  creditCodeCheckChar,
  type Employer,
  idNumberCheckChar,
  type RegionNode,
  type Resident,
  type Role,
  type Site,
  type StaffPosition,
  type StaffWithPassword,
} from '@jobcircle/domain';
import { type ApiSession, check, type JourneyContext, uniqueTag } from './lib.ts';

export interface PageOf<T> {
  items: T[];
  total: number;
}

export interface Place {
  town: RegionNode;
  village: RegionNode;
}

/** The `index`-th village of a town (by name), from the region tree the API serves. */
export async function villageOf(api: ApiSession, townName: string, index = 0): Promise<Place> {
  const tree = await api.get<RegionNode>('/api/regions/tree');
  const town = tree.children.find((t) => t.name === townName);
  check(town && town.children.length > 0, `the region tree lists ${townName} with its villages`);
  const village = town.children[Math.min(index, town.children.length - 1)];
  check(village, `${townName} has a village`);
  return { town, village };
}

/** 港沿镇某村民委员会 → 港沿镇某村就业服务点（测试 tag）: a point name no other run has used. */
export function pointNameOf(village: RegionNode, tag: string): string {
  return `${village.name.replace(/(村民|居民)委员会$/, '')}就业服务点（测试 ${tag}）`;
}

export async function createPoint(api: ApiSession, { town, village }: Place, name: string): Promise<Site> {
  const body: CreateSiteBody = {
    kind: 'point',
    name,
    townCode: town.code,
    villageCode: village.code,
    address: `崇明区${town.name}${village.name}村委会一楼`,
    lng: 121.654,
    lat: 31.592,
    openingHours: { periods: [{ day: 1, open: '09:00', close: '17:00' }] },
    zones: [],
    managingUnit: `${town.name}社区事务受理服务中心`,
    serviceItems: [1, 2, 3, 8],
  };
  return api.post<Site>('/api/sites', body);
}

export interface NewAccount {
  username: string;
  displayName: string;
  oneTimePassword: string;
}

export async function createAccount(
  api: ApiSession,
  options: { prefix: string; displayName: string; role: Role; position: StaffPosition; regionCode: string; siteId?: string },
): Promise<NewAccount> {
  const body: CreateStaffBody = {
    username: `${options.prefix}.${uniqueTag()}`,
    displayName: options.displayName,
    role: options.role,
    position: options.position,
    isFullTime: false,
    siteId: options.siteId ?? null,
    regionCode: options.regionCode,
  };
  const created = await api.post<StaffWithPassword>('/api/staff', body);
  return { username: created.staff.username, displayName: created.staff.displayName, oneTimePassword: created.oneTimePassword };
}

/** A new account whose first sign-in (the forced password change) is already done. */
export async function readyAccount(
  context: JourneyContext,
  account: NewAccount,
  password: string,
): Promise<{ username: string; displayName: string; password: string }> {
  const session = await context.api(account.username, account.oneTimePassword);
  await session.changePassword(account.oneTimePassword, password);
  return { username: account.username, displayName: account.displayName, password };
}

/** An 18-character ID number of Chongming (310230) with its check character from the domain. */
export function idNumberOf(birthDate: string, sequence: string): string {
  const first17 = `310230${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckChar(first17);
}

/** The same number with a wrong check character (a typing error the check must catch). */
export function withWrongCheckChar(idNumber: string): string {
  const right = idNumber.slice(-1);
  return idNumber.slice(0, 17) + (right === '0' ? '1' : '0');
}

export async function createResident(api: ApiSession, place: Place, person: { name: string; idNumber: string }): Promise<Resident> {
  const body: CreateResidentBody = {
    idNumber: person.idNumber,
    name: person.name,
    hukouType: 'local_agricultural',
    address: `崇明区${place.town.name}${place.village.name}测试路 1 号`,
    townCode: place.town.code,
    villageCode: place.village.code,
    education: 'unknown',
    occupations: [],
    skills: [],
    certificates: [],
    hasDisability: false,
    consentChannel: 'written',
    consentDate: '2026-01-05',
    employmentStatus: 'unknown',
  };
  return api.post<Resident>('/api/residents', body);
}

/**
 * A 企业 (91…) credit code registered in 崇明 (310151) with a random organisation code, unused by any
 * other run, and the same code with a typing error in its last place.
 */
export function newCreditCode(): { right: string; wrong: string } {
  let organisation = '';
  for (let i = 0; i < 9; i++) organisation += CREDIT_CODE_ALPHABET.charAt(randomInt(CREDIT_CODE_ALPHABET.length));
  const first17 = `91310151${organisation}`;
  const right = creditCodeCheckChar(first17);
  const wrong = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(right) + 1) % CREDIT_CODE_ALPHABET.length);
  return { right: first17 + right, wrong: first17 + wrong };
}

/** A homestay in the account's town (城桥镇 for the demo station), named with `tag`. */
export async function createHomestay(api: ApiSession, tag: string): Promise<Employer> {
  return api.post<Employer>('/api/employers', {
    kind: 'homestay',
    name: `揽星民宿（测试 ${tag}）`,
    creditCode: newCreditCode().right,
    industryDivision: '61',
    townCode: api.me.regionCode,
    address: '崇明区城桥镇揽星路 8 号',
    lng: 121.4,
    lat: 31.63,
  });
}
