/** The contacts queue and its jobs: a full pull (`sync`) and a look at a running batch import (`import-poll`). */
export const CONTACTS_QUEUE = 'wecom-contacts';
export const SYNC_JOB = 'sync';
export const IMPORT_POLL_JOB = 'import-poll';
