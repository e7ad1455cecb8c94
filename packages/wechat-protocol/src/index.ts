export { MsgCrypto, sortedSha1 } from './msg-crypto';
export { MAX_AGE_SECONDS, isFresh, signatureMatches } from './signature';
export { UnsafeXmlError, buildXml, parseWechatXml, type XmlFields, type XmlValue } from './xml';
export { memoryKv, redisKv, type Kv } from './kv';
export { TokenStore, refreshAtFor, type Stored } from './token-store';
export { HELD_ELSEWHERE, withLease } from './lease';
export { sharedState, type SharedState, type StateRuntime } from './shared-state';
export { resumableRuns, type ResumableRunOptions, type RunQueue, type RunError, type RunRow, type RunStatus } from './resumable-run';
