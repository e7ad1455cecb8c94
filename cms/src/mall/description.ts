import MarkdownIt from 'markdown-it';

/**
 * A good's description (Markdown written by an operator) as HTML every client can insert as is:
 * the H5 with v-html, the mini program with <rich-text>. Raw HTML in the source is shown as text
 * (`html: false`), so no tag or attribute an operator types reaches the page — no <script>, no
 * event handler; link and image URLs must be http(s), mailto or relative (no javascript:, data:,
 * vbscript:, file:).
 */
// http:, https:, mailto:, or no scheme at all (no colon before the first / ? #: a relative URL).
const SAFE_URL = /^(?:https?:|mailto:|[^:]*$|[^:]*[/?#])/i;

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
markdown.validateLink = (url: string) => SAFE_URL.test(url.trim());

// Links leave the mall page in a new tab and tell the target nothing.
const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('target', '_blank');
  tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return renderLinkOpen(tokens, idx, options, env, self);
};

export function descriptionHtml(source: string | null | undefined): string {
  return source ? markdown.render(source) : '';
}
