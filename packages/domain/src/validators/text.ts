/**
 * Typed codes arrive from Chinese input methods and pasted documents: full-width digits and
 * letters (１２３, Ｘ) become ASCII (Unicode NFKC) and every whitespace character, including the
 * ideographic space U+3000, is removed. Internal helper of the validators.
 */
export function compactInput(input: string): string {
  return input.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Masks every character except the first `head` and the last `tail`. A value too short to keep
 * at least one masked character in the middle is masked whole, so a mask never reveals more than
 * `head + tail` characters of its input.
 */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}
