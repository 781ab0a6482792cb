import { createAuditService } from '../modules/audit/audit.service.ts';
import { openConfiguredDatabase } from './open-database.ts';

/** `npm run audit:verify`: walks the audit hash chain; exits 1 and names the first bad row if broken. */
const { database } = openConfiguredDatabase();
try {
  const result = await createAuditService({ db: database.db }).verifyChain();
  if (result.ok) {
    console.log(`audit chain intact: ${result.checked} rows verified`);
  } else {
    console.error(`audit chain BROKEN at seq ${result.brokenAtSeq} (${result.reason}); ${result.checked} rows verified before it`);
    process.exitCode = 1;
  }
} finally {
  await database.destroy();
}
