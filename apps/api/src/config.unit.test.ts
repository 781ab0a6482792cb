import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveKeys } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data with demo data on', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ dialect: 'sqlite', file: 'data/jobcircle.db' });
    expect(config.demo).toBe(true);
    expect(config.session).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    expect(config.lockout).toEqual({ threshold: 5, minutes: 30 });
  });

  it('uses PostgreSQL for a postgres URL, with demo data off unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/jc' });
    expect(config.database.dialect).toBe('postgres');
    expect(config.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/jc', DEMO: 'true' }).demo).toBe(true);
  });

  it('takes PUBLIC_URL without its trailing slash, and refuses one that is not an http(s) address', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://jobs.example.gov.cn/' }).publicUrl).toBe('https://jobs.example.gov.cn');
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://jobs.example.gov.cn' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'jobs.example.gov.cn' })).toThrow(/PUBLIC_URL/);
  });

  it('takes a directions link with the point to fill in, 天地图 by default', () => {
    expect(loadConfig({}).directionsUrl).toMatch(/^https:\/\/map\.tianditu\.gov\.cn\/.*\{lng\}.*\{lat\}/);
    expect(() => loadConfig({ DIRECTIONS_URL: 'https://maps.example.com/?q=here' })).toThrow(/DIRECTIONS_URL/);
  });

  it('stops with a readable list of every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', SESSION_IDLE_MINUTES: '0', DEMO: 'yes' })).toThrow(ConfigError);
    // Both problems in one message, not only the first.
    expect(() => loadConfig({ PORT: 'eighty', SESSION_IDLE_MINUTES: '0' })).toThrow(
      /PORT[\s\S]*SESSION_IDLE_MINUTES|SESSION_IDLE_MINUTES[\s\S]*PORT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ EXTERNAL_PLATFORMS: '[{"name":"x"}]' })).toThrow(/EXTERNAL_PLATFORMS/);
  });

  it('schedules backups only with BACKUP_DIR, every 24 hours unless told', () => {
    expect(loadConfig({}).backup).toBeUndefined();
    expect(loadConfig({ BACKUP_DIR: '/srv/backups' }).backup).toEqual({ dir: '/srv/backups', intervalHours: 24 });
    expect(loadConfig({ BACKUP_DIR: 'b', BACKUP_INTERVAL_HOURS: '6' }).backup?.intervalHours).toBe(6);
    expect(() => loadConfig({ BACKUP_DIR: 'b', BACKUP_INTERVAL_HOURS: '0' })).toThrow(/BACKUP_INTERVAL_HOURS/);
  });
});

describe('resolveKeys', () => {
  it('generates the field keys into the data folder once, with owner-only permissions', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jc-keys-'));
    const first = resolveKeys(loadConfig({ DATA_DIR: dataDir }));
    const second = resolveKeys(loadConfig({ DATA_DIR: dataDir }));
    expect(second.keys).toEqual(first.keys);
    expect(statSync(path.join(dataDir, 'keys.json')).mode & 0o777).toBe(0o600);
  });

  it('requires the keys with PostgreSQL and refuses a key of the wrong length', () => {
    expect(() => resolveKeys(loadConfig({ DATABASE_URL: 'postgres://u@h/jc' }))).toThrow(/ENCRYPTION_KEY/);
    expect(() => resolveKeys(loadConfig({ ENCRYPTION_KEY: 'c2hvcnQ=', BLIND_INDEX_KEY: 'c2hvcnQ=' }))).toThrow(ConfigError);
  });
});
