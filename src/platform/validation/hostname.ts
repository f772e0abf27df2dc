/**
 * A host name a Comune may answer on: lower-case letters, digits and hyphens in dot-separated labels
 * (RFC 1123), at least two labels, no port, no trailing dot, 253 characters at most. `localhost`
 * names are accepted for development (`comune.localhost`).
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normalizeHostname(value: string): string {
  return value.trim().toLowerCase();
}

export function isValidHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  // The top-level label is never all digits: that would be an IP address, not a name.
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** One host name per line (blank lines ignored), normalised and de-duplicated in order. */
export function parseHostnameList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const host = normalizeHostname(line);
    if (host) seen.add(host);
  }
  return [...seen];
}
