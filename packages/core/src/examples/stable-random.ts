/**
 * Deterministic ids and draws derived from a key: each record of an example
 * gets its values from its own key, so adding a record never changes the others.
 */

/** Four independent 32-bit hashes of a string (cyrb128). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex = (n: number) => n.toString(16).padStart(8, "0");

/** A version-4-shaped UUID fixed by `seed` and `key`. */
export function stableUuid(seed: string, key: string): string {
  const [a, b, c, d] = hash128(`${seed}\u0000${key}`);
  const text = hex(a) + hex(b) + hex(c) + hex(d);
  const variant = ((Number.parseInt(text.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-${variant}${text.slice(17, 20)}-${text.slice(20, 32)}`;
}

/** A number in [0, 1) fixed by `seed` and `key`. */
export function stableUnit(seed: string, key: string): number {
  return hash128(`${seed}\u0001${key}`)[0] / 2 ** 32;
}
