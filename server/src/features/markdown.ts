/**
 * Source text is untrusted: everything taken from a source or a draft is escaped before it goes into Markdown, so
 * that it can't inject links, command URIs, images or HTML into a hover.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}\[\]()#+\-.!|~]/g, '\\$&')
    .replace(/\r?\n/g, ' ');
}
