import { randomFillSync } from 'crypto';

const ID_BYTES = 12;
const POOL_IDS = 512;
const pool = Buffer.allocUnsafe(ID_BYTES * POOL_IDS);
let next = POOL_IDS;

/**
 * A new `document_id` (24 hex characters of cryptographic randomness, as `randomBytes(12)`), cut
 * from a pool filled 512 ids at a time: bulk writes of thousands of rows make one random fill
 * instead of one each.
 */
export function newDocumentId(): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const start = next++ * ID_BYTES;
  return pool.toString('hex', start, start + ID_BYTES);
}
