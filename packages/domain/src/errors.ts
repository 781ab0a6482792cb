import { z } from 'zod';

/**
 * The one table of error codes: HTTP status and the zh-CN message shown to users.
 * The API answers `{ code, message, details?, requestId }`; the web shows `message`
 * and puts `details.fieldErrors` on the form fields.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请检查标红的字段' },
  CSRF_REJECTED: { status: 403, message: '请求缺少安全校验，请刷新页面后重试' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '登录已超时，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, message: '用户名或密码不正确' },
  ACCOUNT_LOCKED: { status: 423, message: '连续登录失败次数过多，账号已临时锁定，请稍后再试' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录或密码已重置，请先修改密码' },
  SECOND_FACTOR_REQUIRED: { status: 401, message: '请输入身份验证器上的动态验证码' },
  INVALID_SECOND_FACTOR: { status: 401, message: '验证码不正确或已使用' },
  SECOND_FACTOR_CHALLENGE_EXPIRED: { status: 401, message: '验证已超时，请重新输入用户名和密码' },
  SECOND_FACTOR_ENROLMENT_REQUIRED: { status: 403, message: '管理员账号须先绑定身份验证器（双因素认证）' },
  SECOND_FACTOR_STATE_CONFLICT: { status: 409, message: '双因素认证当前状态不允许此操作' },
  PASSWORD_POLICY: { status: 400, message: '新密码不符合密码规则' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, message: '找不到该记录，或不在您的管辖范围内' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  VERSION_CONFLICT: { status: 409, message: '该记录已被他人修改，请刷新后再保存（您的输入已保留）' },
  USERNAME_TAKEN: { status: 409, message: '该用户名已被使用' },
  GRID_CODE_TAKEN: { status: 409, message: '该网格编号已存在' },
  EMPLOYER_CREDIT_CODE_TAKEN: { status: 409, message: '该统一社会信用代码已登记，请勿重复录入' },
  REGION_OUT_OF_SCOPE: { status: 403, message: '所选区域不在您的管辖范围内' },
  ROLE_NOT_ASSIGNABLE: { status: 403, message: '您不能分配该角色' },
  RESIDENT_ID_NUMBER_TAKEN: { status: 409, message: '该身份证号已登记，请勿重复录入' },
  RESIDENT_MERGED: { status: 409, message: '该人员记录已合并到另一条记录，请在合并后的记录上操作' },
  POLICY_CODE_TAKEN: { status: 409, message: '该政策代码已存在' },
  IMPORT_STATE_CONFLICT: { status: 409, message: '导入任务当前状态不允许此操作' },
  IMPORT_FILE_UNREADABLE: { status: 400, message: '无法读取该文件，请上传 xlsx 或 csv 格式的表格' },
  IMPORT_FILE_TOO_LARGE: { status: 400, message: '该表格解压后过大，请拆分成几个较小的文件分别导入' },
  IMPORT_ALREADY_RUNNING: { status: 409, message: '您已有一个导入正在进行，请等它完成后再导入' },
  EMPLOYER_INACTIVE: { status: 409, message: '该用人单位已停用，请先重新启用' },
  TICKET_STATE_CONFLICT: { status: 409, message: '该受理单当前状态不允许此操作' },
  TICKET_NOT_OWNER: { status: 403, message: '只有当前负责人（或接收站点的工作人员）可以办理该受理单' },
  TICKET_ALREADY_TAKEN: { status: 409, message: '该受理单已由其他工作人员接手' },
  SLOT_FULL: { status: 409, message: '该时段已约满，请选择其他时段' },
  APPOINTMENT_STATE_CONFLICT: { status: 409, message: '该预约当前状态不允许此操作' },
  ALREADY_RATED: { status: 409, message: '该次服务已经评价过，感谢您的反馈' },
  FEEDBACK_LINK_EXPIRED: { status: 410, message: '评价链接已过期' },
  COMPLAINT_STATE_CONFLICT: { status: 409, message: '该投诉当前状态不允许此操作' },
  JOB_WORDING_REFUSED: { status: 400, message: '岗位信息含有歧视性或违规用语，请按提示修改' },
  JOB_STATE_CONFLICT: { status: 409, message: '该岗位当前状态不允许此操作' },
  COVERAGE_IMPORT_HAS_ERRORS: { status: 400, message: '表格中有错误的行，未写入任何数据，请修改后重新上传' },
  JOB_IMPORT_HAS_ERRORS: { status: 400, message: '表格中有错误的行，请修改后重新上传，或选择跳过错误行导入' },
  JOB_NOT_OPEN: { status: 409, message: '该岗位未在招聘中（草稿、已招满、已关闭或已过期），不能推荐' },
  REFERRAL_STATE_CONFLICT: { status: 409, message: '该推荐当前环节不允许此操作' },
  REFERRAL_EXISTS: { status: 409, message: '已向该居民推荐过此岗位，请在原推荐记录上继续' },
  CASE_STATE_CONFLICT: { status: 409, message: '该帮办当前环节不允许此操作' },
  CASE_EVIDENCE_INCOMPLETE: { status: 409, message: '还有材料未收到或未核验，不能提交' },
  GIG_FULL: { status: 409, message: '该零工岗位报名人数已满' },
  GIG_STATE_CONFLICT: { status: 409, message: '该报名当前状态不允许此操作' },
  GIG_ALREADY_SIGNED_UP: { status: 409, message: '该居民已报名此零工岗位' },
  OUTREACH_STATE_CONFLICT: { status: 409, message: '该找人任务当前环节不允许此操作' },
  /** The database dropped or refused the connection (a restart, a failover): worth retrying shortly. */
  DATABASE_UNAVAILABLE: { status: 503, message: '数据库暂时无法连接，请稍后再试' },
  INTERNAL_ERROR: { status: 500, message: '服务器内部错误，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

// The schemas below are built inside pure-annotated calls: a bundle that imports only the error
// table (the web's first page) leaves zod out (docs/decisions.md, the first-page budget).
export const FieldErrorsSchema = /* @__PURE__ */ (() => z.record(z.string(), z.array(z.string())))();
export type FieldErrors = z.infer<typeof FieldErrorsSchema>;

export const ErrorResponseSchema = /* @__PURE__ */ (() =>
  z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string(),
  }))();
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
