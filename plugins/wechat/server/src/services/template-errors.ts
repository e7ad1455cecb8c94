/** WeChat errcodes of a template send that a retry may fix (system busy, quota/frequency); everything else is final. */
export const RETRYABLE_SEND_ERRCODES = new Set([-1, 45009, 45011]);
