import type { Database } from '../../db/database-schema.ts';
import type { Executor } from '../../db/scope.ts';
import type { SignInChallengeRow } from './auth.table.ts';

export async function setTotpSecret(trx: Executor<Database>, staffId: string, secret: string | null): Promise<void> {
  await trx
    .updateTable('staff')
    .set({ totp_secret: secret, totp_confirmed_at: null, totp_last_step: null })
    .where('id', '=', staffId)
    .execute();
}

export async function confirmTotp(trx: Executor<Database>, staffId: string, at: string, step: number): Promise<void> {
  await trx.updateTable('staff').set({ totp_confirmed_at: at, totp_last_step: step }).where('id', '=', staffId).execute();
}

/** Moves the last accepted step forward only: of two requests with the same code, one wins. */
export async function advanceTotpStep(trx: Executor<Database>, staffId: string, step: number): Promise<boolean> {
  const result = await trx
    .updateTable('staff')
    .set({ totp_last_step: step })
    .where('id', '=', staffId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(
  trx: Executor<Database>,
  staffId: string,
  hashes: readonly string[],
  at: string,
  newId: () => string,
) {
  await trx.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
  if (hashes.length === 0) return;
  await trx
    .insertInto('staff_recovery_codes')
    .values(hashes.map((code_hash) => ({ id: newId(), staff_id: staffId, code_hash, created_at: at, used_at: null })))
    .execute();
}

/** Marks an unused code of the account used; false when there is none (wrong, or used before). */
export async function useRecoveryCode(trx: Executor<Database>, staffId: string, hash: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('staff_recovery_codes')
    .set({ used_at: at })
    .where('staff_id', '=', staffId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Executor<Database>, staffId: string): Promise<number> {
  const row = await db
    .selectFrom('staff_recovery_codes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('staff_id', '=', staffId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(trx: Executor<Database>, row: SignInChallengeRow): Promise<void> {
  await trx.insertInto('sign_in_challenges').values(row).execute();
}

export async function findChallenge(db: Executor<Database>, id: string): Promise<SignInChallengeRow | undefined> {
  return db.selectFrom('sign_in_challenges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteChallenge(trx: Executor<Database>, id: string): Promise<void> {
  await trx.deleteFrom('sign_in_challenges').where('id', '=', id).execute();
}

/** Challenges of the account, and any that have run out (kept small without a sweeper). */
export async function deleteChallengesOf(trx: Executor<Database>, staffId: string, now: string): Promise<void> {
  await trx
    .deleteFrom('sign_in_challenges')
    .where((eb) => eb.or([eb('staff_id', '=', staffId), eb('expires_at', '<', now)]))
    .execute();
}
