// The service desk (issue 8): a walk-in recorded at the desk, the ticket it opens handed over and
// resolved, the resident's anonymous rating and the public status page; the workbench; the other
// service-desk pages with an appointment booked and cancelled. axe on every page visited.
import type { Page as ApiPage, Appointment, FeedbackLink, ServiceRecord, Ticket, TicketWithChain } from '@jobcircle/domain';
import { createResident, idNumberOf, villageOf } from '../fixtures.ts';
import {
  buttonLabel,
  check,
  checkA11y,
  checkNoSidewaysScroll,
  choose,
  DEMO_PASSWORD,
  dialogButton,
  expectPath,
  idInPath,
  type JourneyContext,
  PHONE,
  screenshot,
  signIn,
  textOf,
  uniqueHan,
  uniqueTag,
} from '../lib.ts';

const STATION = 'demo.station.chengqiao';
const POINT = 'demo.point.chengqiao';
const POINT_NAME = '演示·村居服务点专员';

/** A resident of 城桥镇 no other run has used, registered through the API (the desk finds them by name). */
async function newResident(context: JourneyContext, prefix: string) {
  const station = await context.api(STATION);
  const place = await villageOf(station, '城桥镇', 0);
  const name = `${prefix}${uniqueHan(3)}`;
  const n = Math.floor(Math.random() * 900) + 100;
  const resident = await createResident(station, place, {
    name,
    idNumber: idNumberOf(`19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`, String(n)),
  });
  return { resident, station };
}

/** Walk-in → quick entry → ticket → hand-over → resolution at the point → anonymous rating and the public status page. */
export async function walkInToRating(context: JourneyContext): Promise<void> {
  const { page, baseUrl, report } = context;
  const { resident, station } = await newResident(context, '窗测');

  // The station's worker signs in: the home page is the workbench.
  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  await page.getByText(/本月服务统计/).waitFor();
  check((await textOf(page.locator('main'))).includes('我的受理单'), 'the workbench lists my tickets');
  await checkA11y(page, 'workbench (station)', report);
  await screenshot(page, 'workbench-station');

  // Quick entry at the desk.
  await page.getByRole('button', { name: '窗口快速登记' }).first().click();
  await expectPath(page, /^\/ledger\/new$/, 'quick entry opens from the workbench');
  await page.getByRole('heading', { level: 1, name: '窗口快速登记' }).waitFor();
  await checkA11y(page, 'quick entry', report);
  const started = Date.now();

  // No one chosen and no note: the API refuses it on the resident field.
  await choose(page, '服务事项', '3 政策咨询', { search: true });
  await page.getByRole('button', { name: '登记服务' }).click();
  const residentError = page.locator('.ant-form-item-has-error').filter({ hasText: '请选择服务对象' });
  await residentError.waitFor();
  check((await residentError.count()) === 1, 'the server’s error is shown on the resident field');

  await page.getByLabel('服务对象').fill(resident.name);
  await page.getByLabel('服务对象').press('Enter');
  await page.getByRole('button', { name: `选择 ${resident.name}` }).click();
  await page.getByText('更换服务对象').waitFor();
  await page
    .locator('label')
    .filter({ hasText: /^办理中$/ })
    .click();
  const note = `咨询灵活就业社保补贴（测试 ${uniqueTag()}）`;
  await page.getByLabel('备注').fill(note);
  const created = page.waitForResponse((r) => r.url().endsWith('/api/ledger/records') && r.request().method() === 'POST');
  await page.getByRole('button', { name: '登记服务' }).click();
  const createdResponse = await created;
  check(createdResponse.status() === 201, `the record is stored (${createdResponse.status()})`);
  const record = (await createdResponse.json()) as ServiceRecord;
  await page.locator('#main').getByText('服务已登记').waitFor();
  const seconds = (Date.now() - started) / 1000;
  check(seconds < 30, `a walk-in is recorded in under 30 seconds (took ${seconds.toFixed(1)} s)`);
  check(
    record.residentId === resident.id && record.itemNo === 3 && record.outcome === 'in_progress',
    'the record is the resident’s, item 3, in progress',
  );
  const listed = await station.get<ApiPage<ServiceRecord>>(`/api/ledger/records?residentId=${resident.id}`);
  check(
    listed.items.some((r) => r.id === record.id && r.channel === 'walk_in' && r.note === note),
    'the ledger lists the walk-in',
  );

  // A ticket from the record: the form comes filled in.
  await page.getByRole('link', { name: '开具首问受理单' }).click();
  await expectPath(page, /^\/tickets\/new$/, 'the ticket form opens from the saved record');
  await page.getByRole('heading', { level: 1, name: '受理登记' }).waitFor();
  await page.getByText(resident.name, { exact: true }).waitFor();
  check((await page.getByLabel('诉求').inputValue()) === note, 'the request is taken from the note');
  await checkA11y(page, 'ticket form', report);
  await page.getByRole('button', { name: buttonLabel('受理') }).click();
  await expectPath(page, /^\/tickets\/(?!new$)[^/]+$/, 'the ticket page opens');
  const ticketId = idInPath(page);
  const ticket = await station.get<TicketWithChain>(`/api/tickets/${ticketId}`);
  check(
    ticket.receiptCode.length === 8 && ticket.ownerStaffId === station.me.id,
    'the receiving worker owns the ticket with a receipt code',
  );
  await page.getByRole('heading', { level: 1, name: /受理单/ }).waitFor();

  // Hand-over to the village's point worker, with a reason.
  await page.getByRole('button', { name: buttonLabel('转交') }).click();
  await (await dialogButton(page, '转交')).waitFor();
  await checkA11y(page, 'hand-over dialog', report);
  await (await dialogButton(page, '转交')).click();
  await page.getByText('请说明转交原因').waitFor();
  await choose(page, '接手人员', POINT_NAME, { search: true });
  const reason = '居住地在该村，由村居服务点上门核实';
  await page.getByLabel('转交原因').fill(reason);
  await (await dialogButton(page, '转交')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText(`该受理单由 ${POINT_NAME} 负责办理。`).waitFor();
  const chain = await textOf(page.locator('.handover-timeline'));
  check(chain.includes(reason) && chain.includes(POINT_NAME), 'the hand-over chain shows the new owner and the reason');
  await checkA11y(page, 'ticket page (handed over)', report);
  await screenshot(page, 'ticket-handed-over');

  // The point worker finds it on the workbench (on a phone) and resolves it.
  const pointContext = await context.newContext(PHONE);
  const point = await pointContext.newPage();
  await signIn(point, baseUrl, POINT, DEMO_PASSWORD);
  await expectPath(point, /^\/$/, 'the point worker signs in');
  await point.getByText(/本月服务统计/).waitFor();
  await checkNoSidewaysScroll(point, 'workbench at 360 px');
  await checkA11y(point, 'workbench (point, 360 px)', report);
  await screenshot(point, 'workbench-point-phone');
  await point.goto(`${baseUrl}/ledger/new`);
  await point.getByRole('heading', { level: 1, name: '窗口快速登记' }).waitFor();
  await checkNoSidewaysScroll(point, 'quick entry at 360 px');
  await point.goto(`${baseUrl}/`);
  await point.getByRole('link', { name: ticket.receiptCode }).click();
  await expectPath(point, new RegExp(`^/tickets/${ticketId}$`), 'the ticket opens from the point worker’s workbench');
  await point.getByRole('button', { name: buttonLabel('办结') }).click();
  await point.getByLabel('办理结果说明').fill('已上门核实并协助申请灵活就业社保补贴');
  await (await dialogButton(point, '办结')).click();
  await point.getByRole('dialog').waitFor({ state: 'detached' });
  await point.getByText('已办结').first().waitFor();
  await checkA11y(point, 'ticket page (resolved)', report);
  const resolved = await station.get<Ticket>(`/api/tickets/${ticketId}`);
  check(resolved.state === 'resolved' && resolved.serviceRecordId !== null, 'the resolution is stored with its ledger record');

  // The desk issues the rating QR code for the walk-in's record.
  await page.goto(`${baseUrl}/ledger/records/${record.id}`);
  await page.getByRole('heading', { level: 1, name: '服务记录' }).waitFor();
  const linkResponse = page.waitForResponse((r) => r.url().endsWith(`/api/ledger/records/${record.id}/feedback-link`));
  await page.getByRole('button', { name: '生成评价二维码' }).click();
  const link = (await (await linkResponse).json()) as FeedbackLink;
  await page.getByRole('img', { name: '服务评价链接的二维码' }).waitFor();
  await checkA11y(page, 'service record with the rating QR code', report);

  // The resident rates it on a phone, without signing in.
  const anonymous = await context.newContext(PHONE);
  const phone = await anonymous.newPage();
  await phone.goto(`${baseUrl}${link.path}`);
  await phone.getByRole('heading', { level: 1, name: '服务评价' }).waitFor();
  check(!(await textOf(phone.locator('main'))).includes(resident.name), 'the rating page shows no name');
  await checkNoSidewaysScroll(phone, 'rating page at 360 px');
  await checkA11y(phone, 'rating page (public)', report);
  await phone.getByRole('button', { name: '提交评价' }).click();
  await phone.getByText('请选择评分').waitFor();
  await phone.locator('label').filter({ hasText: '5 星 · 很满意' }).click();
  await phone.getByLabel('意见和建议（可不填）').fill('工作人员很耐心');
  await phone.getByRole('button', { name: '提交评价' }).click();
  await phone.getByRole('heading', { level: 1, name: '感谢您的评价！' }).waitFor();
  await screenshot(phone, 'rating-done');
  await phone.reload();
  await phone.getByRole('heading', { level: 1, name: '这次服务已经评价过了' }).waitFor();
  await checkA11y(phone, 'rating page (already rated)', report);
  const again = await phone.request.post(`${baseUrl}/api${link.path.replace('/rate/', '/public/feedback/')}`, {
    data: { rating: 1 },
    headers: { 'x-csrf-token': 'none' },
  });
  check(again.status() === 409, `a second rating is refused (${again.status()})`);

  // The public status page by receipt code: resolved, no personal data.
  await phone.goto(`${baseUrl}/t/${ticket.receiptCode.toLowerCase()}`);
  await phone.getByRole('heading', { level: 1, name: '办理进度查询' }).waitFor();
  await phone.getByText('已办结').first().waitFor();
  const statusText = await textOf(phone.locator('main'));
  check(!statusText.includes(resident.name) && !statusText.includes(note), 'the status page shows neither the name nor the request');
  await checkNoSidewaysScroll(phone, 'ticket status at 360 px');
  await checkA11y(phone, 'ticket status (public)', report);
  await screenshot(phone, 'ticket-status');

  // The resident comes back about the same matter: the point worker re-opens the ticket.
  await point.getByRole('button', { name: '重新办理' }).click();
  await point.getByLabel('重新办理原因').fill('补贴申请材料被退回，需要补充');
  await (await dialogButton(point, '重新办理')).click();
  await point.getByRole('dialog').waitFor({ state: 'detached' });
  await point.getByText('（已重新办理 1 次）').waitFor();
  const reopened = await station.get<Ticket>(`/api/tickets/${ticketId}`);
  check(reopened.state === 'open' && reopened.reopenCount === 1, 'the ticket is open again, re-opened once');
}

/** Every service-desk page for the station worker and the district admin; a slot rule set, a place booked and cancelled. */
export async function serviceDeskPages(context: JourneyContext): Promise<void> {
  const { page, baseUrl, report } = context;
  const { resident } = await newResident(context, '约测');
  await signIn(page, baseUrl, STATION, DEMO_PASSWORD);
  await expectPath(page, /^\/$/, 'the station worker signs in');

  for (const [path, title] of [
    ['/ledger', '服务台账'],
    ['/ledger?tab=summary', '服务台账'],
    ['/tickets', '首问受理'],
    ['/complaints', '评价与投诉'],
    ['/inbox', '站内消息'],
  ] as const) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkA11y(page, `${title} (${path})`, report);
  }

  // The month's report downloads as xlsx (the API records the export).
  await page.goto(`${baseUrl}/ledger`);
  await page.getByRole('heading', { level: 1, name: '服务台账' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出月度统计' }).click();
  const file = await download;
  check(file.suggestedFilename().endsWith('.xlsx'), `the report is an xlsx file (${file.suggestedFilename()})`);

  // A walk-in not yet in the registry: registered in the quick entry's dialog, then recorded.
  const place = await villageOf(await context.api(STATION), '城桥镇', 0);
  const newcomer = `新测${uniqueHan(3)}`;
  await page.goto(`${baseUrl}/ledger/new`);
  await page.getByRole('heading', { level: 1, name: '窗口快速登记' }).waitFor();
  await page.getByRole('button', { name: '登记新居民' }).click();
  await (await dialogButton(page, '登记并选为服务对象')).click();
  await page.getByText('请填写身份证号').waitFor();
  await checkA11y(page, 'register a walk-in (dialog)', report);
  await page.getByLabel('姓名').fill(newcomer);
  await page
    .getByLabel('身份证号')
    .fill(idNumberOf(`1990-05-1${String(Math.floor(Math.random() * 10))}`, String(100 + Math.floor(Math.random() * 900))));
  await choose(page, '村居', place.village.name, { search: true });
  await page.getByLabel('居住地址').fill(`崇明区城桥镇${place.village.name}测试路 9 号`);
  await (await dialogButton(page, '登记并选为服务对象')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText(newcomer, { exact: true }).waitFor();
  await choose(page, '服务事项', '8 职业指导', { search: true });
  await page.getByRole('button', { name: '登记服务' }).click();
  await page.locator('#main').getByText('服务已登记').waitFor();
  check((await textOf(page.locator('#main'))).includes(newcomer), 'the record names the newly registered resident');

  // A weekly opening for the station's desk, every day of the week (holidays stay closed).
  await page.goto(`${baseUrl}/appointments/rules`);
  await page.getByRole('heading', { level: 1, name: '预约时段设置' }).waitFor();
  await page.getByRole('button', { name: '新建预约时段' }).click();
  const title = `测试坐诊 ${uniqueTag()}`;
  await page.getByLabel('名称').fill(title);
  for (const day of ['周六', '周日']) await page.getByRole('dialog').getByLabel(day).check();
  await page.getByLabel('结束时间').fill('08:00');
  await (await dialogButton(page, '保存')).click();
  await page.getByText('结束时间应晚于开始时间').waitFor();
  await page.getByLabel('结束时间').fill('17:00');
  await page.getByLabel('每个时段（分钟）').fill('60');
  await page.getByLabel('每个时段名额').fill('1');
  await checkA11y(page, 'slot rule dialog', report);
  await (await dialogButton(page, '保存')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: title }).waitFor();
  await checkA11y(page, 'slot rules', report);

  // Next week's slots: book the first free place for the resident.
  await page.goto(`${baseUrl}/appointments`);
  await page.getByRole('heading', { level: 1, name: '预约' }).waitFor();
  await page.getByRole('button', { name: '下一周' }).click();
  const slot = page.getByRole('button', { name: new RegExp(`^${title} .*点击预约$`) }).first();
  await slot.waitFor();
  await checkA11y(page, 'appointments (slots)', report);
  await slot.click();
  await page.locator('#book-resident').fill(resident.name);
  await page.locator('#book-resident').press('Enter');
  await page.getByRole('button', { name: `选择 ${resident.name}` }).click();
  const booked = page.waitForResponse((r) => r.url().endsWith('/api/appointments') && r.request().method() === 'POST');
  await (await dialogButton(page, '预约')).click();
  const bookedResponse = await booked;
  check(bookedResponse.status() === 201, `the place is booked (${bookedResponse.status()})`);
  const appointment = (await bookedResponse.json()) as Appointment;
  const row = page.locator('.ant-table-row').filter({ hasText: resident.name });
  await row.waitFor();
  await checkA11y(page, 'appointments (booked)', report);
  await row.getByRole('button', { name: buttonLabel('取消') }).click();
  await page.getByRole('button', { name: '取消预约' }).click();
  await row.getByText('已取消').waitFor();
  const station = await context.api(STATION);
  const stored = await station.get<Appointment>(`/api/appointments/${appointment.id}`);
  check(stored.state === 'cancelled', 'the appointment is cancelled');

  // A complaint about the station: registered, answered, accepted by the resident.
  await page.goto(`${baseUrl}/complaints`);
  await page.getByRole('heading', { level: 1, name: '评价与投诉' }).waitFor();
  await page.getByRole('button', { name: '登记投诉' }).click();
  await (await dialogButton(page, '登记')).click();
  await page.getByText('请填写投诉内容').waitFor();
  await checkA11y(page, 'complaint dialog', report);
  await choose(page, '投诉类别', '办事效率');
  // 站点 is also a choice of 投诉对象: the select is found by its id.
  await page.locator('#complaint-site').click();
  await page.locator('#complaint-site').fill('城桥镇就业服务站');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '城桥镇就业服务站' }).first().click();
  const complaint = `窗口排队时间过长（测试 ${uniqueTag()}）`;
  await page.getByLabel('投诉内容').fill(complaint);
  await choose(page, '承办人', '演示·城桥站专职社工', { search: true });
  await (await dialogButton(page, '登记')).click();
  await expectPath(page, /^\/complaints\/[^/]+$/, 'the complaint page opens');
  await page.getByRole('heading', { level: 1, name: '投诉详情' }).waitFor();
  await page.getByText(complaint).waitFor();
  await page.getByRole('button', { name: buttonLabel('答复') }).click();
  await page.getByLabel('答复内容').fill('已增设一个窗口，高峰时段可预约办理');
  await (await dialogButton(page, '答复')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText('已答复，待群众确认').first().waitFor();
  await page.getByRole('button', { name: '群众认可' }).click();
  await (await dialogButton(page, '办结')).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByText('已办结（群众认可）').first().waitFor();
  await checkA11y(page, 'complaint page (closed)', report);

  // The district admin: the region's workbench, the per-item deadlines and the background tasks.
  const admin = await context.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, baseUrl, 'demo.district', DEMO_PASSWORD);
  await expectPath(adminPage, /^\/$/, 'the district admin signs in');
  await adminPage.getByText(/本月服务统计/).waitFor();
  await checkA11y(adminPage, 'workbench (district)', report);
  for (const [path, heading] of [
    ['/tickets/deadlines', '办理时限'],
    ['/tasks', '后台任务'],
  ] as const) {
    await adminPage.goto(`${baseUrl}${path}`);
    await adminPage.getByRole('heading', { level: 1, name: heading }).waitFor();
    await checkA11y(adminPage, heading, report);
  }
  // 职业指导 (item 8) may stay open for 7 working days.
  await adminPage.goto(`${baseUrl}/tickets/deadlines`);
  const days = adminPage.getByLabel('8 职业指导的办理时限（工作日）');
  await days.fill('7');
  const deadlineRow = adminPage.locator('.ant-table-row').filter({ has: days });
  const saved = adminPage.waitForResponse((r) => r.url().endsWith('/api/ticket-item-deadlines/8') && r.request().method() === 'PUT');
  await deadlineRow.getByRole('button', { name: buttonLabel('保存') }).click();
  check((await saved).status() === 200, 'the deadline is saved');
  await deadlineRow.getByText(/已设置/).waitFor();
  await screenshot(adminPage, 'ticket-deadlines');
}
