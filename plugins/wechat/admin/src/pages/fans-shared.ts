/** Shapes and helpers shared by the fan, tag and sync tabs. */
export interface FanTag {
  tagId: number;
  name: string;
  count: number;
}
export interface SyncRun {
  documentId: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  trigger: string | null;
  total: number;
  processed: number;
  progress: number;
  unsubscribed: number;
  resumes: number;
  live: boolean;
  errors: { at: string; attempt: number; errcode: number | null; message: string }[];
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
}

export const time = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');

/** The error message the API sent (Chinese), or a generic one. */
export { messageOf } from '@wedraw/kit/admin';

export const STATUS: Record<SyncRun['status'], string> = { queued: '排队中', running: '同步中', completed: '已完成', failed: '失败' };
