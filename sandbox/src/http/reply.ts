/** An explicit HTTP answer; a handler that returns anything else gets it as JSON with 200. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: string | Buffer,
    readonly contentType: string,
    readonly headers: Record<string, string> = {},
  ) {}

  static json(status: number, data: unknown): Reply {
    return new Reply(status, JSON.stringify(data), 'application/json; charset=utf-8');
  }

  static html(body: string, status = 200): Reply {
    return new Reply(status, body, 'text/html; charset=utf-8');
  }

  static text(body: string, status = 200): Reply {
    return new Reply(status, body, 'text/plain; charset=utf-8');
  }

  static redirect(location: string): Reply {
    return new Reply(302, '', 'text/plain; charset=utf-8', { location });
  }
}

/** An error of the sandbox's own admin API: `{ "error": message }` with an HTTP status. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
