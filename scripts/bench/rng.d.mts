export interface Rng {
  /** A number in [0, 1). */
  (): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32, seeded. */
export function rng(seed: number): Rng;
