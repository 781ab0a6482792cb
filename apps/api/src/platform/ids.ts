import { uuidv7 } from 'uuidv7';

/** Ids are UUIDv7 text made in the app: sortable by creation, safe to expose (ARCHITECTURE §3). */
export function newId(): string {
  return uuidv7();
}
