// False-positive filters shared by every rule. A value that is a placeholder, a template,
// a run of one character or a documented example is never a live credential.

const PLACEHOLDER_WORDS = [
  'changeme', 'change_me', 'change-me', 'replaceme', 'replace_me', 'your_', 'your-', 'yourkey',
  'placeholder', 'redacted', 'example', 'dummy', 'sample', 'notreal', 'not_real', 'fake',
  'insert_', 'insert-', 'enter_', 'todo', 'fixme', '<', '>', '${', '{{', '}}', '%(', '%s',
];

/** Documented example credentials published by vendors. */
const EXAMPLE_SECRETS = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
]);

/** True when the value reads as a placeholder or template rather than a credential. */
export function isPlaceholder(value: string): boolean {
  if (EXAMPLE_SECRETS.has(value)) return true;
  const lower = value.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return true;
  if (/(?:x{5,}|\*{3,}|\.{3,}|#{4,}|0{8,})/i.test(value)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return true;
  return isLowVariety(value);
}

/**
 * One repeated character, or a run that only counts up or down (abcdef, 123456): keyboard
 * mashing and padding, never generated randomness.
 */
export function isLowVariety(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{1,12}[_-]/, ''); // keep a vendor prefix from hiding the body
  if (body.length < 4) return false;
  if (new Set(body).size <= 2) return true;
  let up = 0;
  let down = 0;
  for (let i = 1; i < body.length; i++) {
    const d = body.charCodeAt(i) - body.charCodeAt(i - 1);
    if (d === 1) up++;
    else if (d === -1) down++;
  }
  return up >= body.length - 2 || down >= body.length - 2;
}
