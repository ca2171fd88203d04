// URL checks for the production rules. Messages describe the URL's shape (its scheme, a missing
// host), never its text: a connection string carries a password.

/** Hosts that only mean something on the machine itself (or its container host). */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0' || h === '::' || h === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(h) || h === 'host.docker.internal'
  );
}

export type UrlProblem = { kind: 'not-url' } | { kind: 'not-https'; scheme: string } | { kind: 'local' };

/** What is wrong with a public URL outside development: not a URL, not https, or a local host. */
export function publicUrlProblems(value: string): UrlProblem[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [{ kind: 'not-url' }];
  }
  if (!url.host) return [{ kind: 'not-url' }];
  const out: UrlProblem[] = [];
  if (url.protocol !== 'https:') out.push({ kind: 'not-https', scheme: url.protocol.replace(/:$/, '') });
  if (isLocalHost(url.hostname)) out.push({ kind: 'local' });
  return out;
}

/**
 * Why a connection string does not parse as one of `schemes`, or undefined when it does. A
 * driver suffix is accepted (`postgresql+asyncpg://` counts as postgresql, as SQLAlchemy writes it).
 */
export function connectionStringProblem(value: string, schemes: string[]): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value);
  if (!m) return `is not a connection URL (expected ${schemes[0]}://user:password@host:port/name)`;
  const scheme = m[1].toLowerCase();
  const base = scheme.split('+')[0];
  if (!schemes.includes(scheme) && !schemes.includes(base)) {
    return `uses the ${scheme}:// scheme; expected ${schemes.map((s) => `${s}://`).join(' or ')}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'does not parse as a URL: percent-encode special characters (@ : / # ? %) in the user name and password';
  }
  // libpq takes a Unix socket directory in ?host= when the authority is empty.
  if (!url.hostname && !url.searchParams.get('host')) return 'names no host';
  return undefined;
}
