/** The contacts queue and its jobs: a full pull (`sync`) and a look at a running batch import (`import-poll`). */
export const CONTACTS_QUEUE = 'wecom-contacts';
export const SYNC_JOB = 'sync';
export const IMPORT_POLL_JOB = 'import-poll';

/** The daily pull of 群聊数据统计 (a repeat job: once per tick across the cluster). */
export const GROUP_STATS_QUEUE = 'wecom-group-stats';
