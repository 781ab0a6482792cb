import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, buildTestApp, CHENGQIAO, type TestApp } from '../test/build-test-app.ts';
import { IMPORT_MAX_ROWS, IMPORT_MAX_UNCOMPRESSED_BYTES, zipUncompressedBytes } from './spreadsheet-reader.ts';

/** A zip file of the given entries (deflated), as Excel writes one: local headers, central directory, end record. */
function zipOf(entries: { name: string; data: Buffer; packed?: { deflated: Buffer; crc: number; size: number } }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const deflated = entry.packed?.deflated ?? deflateRawSync(entry.data);
    const crc = entry.packed?.crc ?? crc32(entry.data);
    const size = entry.packed?.size ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of an xlsx file around one worksheet. */
function xlsxParts(): { name: string; data: Buffer }[] {
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(`<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
  ];
}

/** A text cell at its reference (Excel always writes the reference; the streaming reader needs it). */
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADING = `<row r="1">${cell('A1', '姓名')}${cell('B1', '身份证号')}</row>`;

/**
 * A zip bomb like the probe's: a sheet of one row repeated until it unpacks past the limit (about
 * 240 MB), deflated chunk by chunk so the test never holds it whole; a couple of MB packed.
 */
async function zipBomb(options: { declare?: number; cellChars?: number } = {}): Promise<Buffer> {
  const name = '张三'.repeat((options.cellChars ?? 16) / 2);
  const row = `<row r="2">${cell('A2', name)}${cell('B2', '110101199003077777')}</row>`;
  const chunk = Buffer.from(row.repeat(Math.ceil(1_000_000 / row.length)));
  const repeats = Math.ceil((IMPORT_MAX_UNCOMPRESSED_BYTES * 1.2) / chunk.length);
  const parts = [
    Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${HEADING}`),
    ...Array<Buffer>(repeats).fill(chunk),
    Buffer.from('</sheetData></worksheet>'),
  ];
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (piece: Buffer) => out.push(piece));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.length;
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return zipOf([
    ...xlsxParts(),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(0),
      packed: { deflated: Buffer.concat(out), crc, size: options.declare ?? size },
    },
  ]);
}

/** An xlsx file of `rows` data rows under a heading row. */
function sheetOfRows(rows: number): Buffer {
  const body: string[] = [];
  for (let i = 0; i < rows; i += 1) body.push(`<row r="${i + 2}">${cell(`A${i + 2}`, `居民${i}`)}</row>`);
  const sheet = xml(`<worksheet xmlns="${MAIN}"><sheetData>${HEADING}${body.join('')}</sheetData></worksheet>`);
  return zipOf([...xlsxParts(), { name: 'xl/worksheets/sheet1.xml', data: sheet }]);
}

describe('spreadsheet limits of the imports (zip bomb, rows, one at a time)', () => {
  let t: TestApp;
  let townAdmin: Agent;
  let stationWorker: Agent;

  beforeAll(async () => {
    t = await buildTestApp();
    townAdmin = await t.as('town_admin', CHENGQIAO);
    stationWorker = await t.as('station_staff', CHENGQIAO);
  });
  afterAll(() => t.close());

  it('reads a hand-made xlsx file (the test writer makes what Excel reads)', async () => {
    const response = await townAdmin.post('/api/residents/imports', {
      fileName: 'small.xlsx',
      contentBase64: sheetOfRows(3).toString('base64'),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ totalRows: 3 });
  });

  it('refuses a zip bomb by its directory, before inflating it, on the file field of both imports', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(8_000_000);
    expect(zipUncompressedBytes(bomb)).toBeGreaterThan(IMPORT_MAX_UNCOMPRESSED_BYTES);
    const contentBase64 = bomb.toString('base64');
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const registry = await townAdmin.post('/api/residents/imports', { fileName: 'bomb.xlsx', contentBase64 });
    const jobs = await stationWorker.post('/api/jobs/import/preview', { fileName: 'bomb.xlsx', contentBase64 });
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const response of [registry, jobs]) {
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', details: { limitBytes: IMPORT_MAX_UNCOMPRESSED_BYTES } });
      expect(response.json().details.fieldErrors.contentBase64).toHaveLength(1);
    }
    // Nothing was unpacked: the process grew by far less than the 240 MB the sheet holds.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a bomb whose directory lies about its size by counting what really inflates, chunk by chunk', async () => {
    // Rows of 20,000 characters: fewer rows than the limit, far more bytes than it.
    const liar = await zipBomb({ declare: 1_000, cellChars: 20_000 });
    expect(zipUncompressedBytes(liar)).toBeLessThan(IMPORT_MAX_UNCOMPRESSED_BYTES);
    const rssBefore = process.memoryUsage().rss;
    const response = await townAdmin.post('/api/residents/imports', { fileName: 'liar.xlsx', contentBase64: liar.toString('base64') });
    expect(response.json()).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE' });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('stops reading at the row limit instead of parsing the whole sheet', async () => {
    const response = await townAdmin.post('/api/residents/imports', {
      fileName: 'too-many.xlsx',
      contentBase64: sheetOfRows(IMPORT_MAX_ROWS + 10).toString('base64'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(Object.keys(response.json().details.fieldErrors)).toEqual(['contentBase64']);
  }, 60_000);

  it('reads one file per user at a time: a second concurrent upload of the same user is 409, another user is not held up', async () => {
    const file = { fileName: 'people.xlsx', contentBase64: sheetOfRows(20_000).toString('base64') };
    const [first, second] = await Promise.all([
      townAdmin.post('/api/residents/imports', file),
      townAdmin.post('/api/residents/imports', file),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    expect([first, second].find((r) => r.statusCode === 409)?.json().code).toBe('IMPORT_ALREADY_RUNNING');
    const jobs = await Promise.all([
      stationWorker.post('/api/jobs/import/preview', file),
      stationWorker.post('/api/jobs/import/preview', file),
      townAdmin.post('/api/residents/imports', file),
    ]);
    expect(jobs.map((r) => r.statusCode).filter((code) => code === 409)).toHaveLength(1);
    expect(jobs[2]?.statusCode).toBe(201);
    // Once the first is done, the same user may upload again.
    expect((await townAdmin.post('/api/residents/imports', file)).statusCode).toBe(201);
  });
});
