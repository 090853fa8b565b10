/**
 * Half-way products for the rounding property test: quantity q with exactly d decimals (1–4) and a whole price
 * p such that q × p is exactly k + 0,5 đồng — the products where a binary engine's error decides the rounding.
 * Built with BigInt: for Q = q·10^d (not divisible by 2^d), p solves Q·p ≡ 5·10^(d−1) (mod 10^d).
 */

/** A small deterministic PRNG (mulberry32), so the same products are tested every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

export interface HalfWayProduct {
  /** Quantity as a plain decimal string ("38.41"). */
  quantity: string;
  decimals: number;
  /** Whole-đồng price. */
  price: string;
  /** The exact product ("89908207.5") and its round-half-up to đồng ("89908208"). */
  product: string;
  rounded: string;
}

/**
 * `count` products with `decimals` decimals in the quantity, the product below `maxProduct` đồng; quantities
 * from 0,1 up to `maxQuantity`, prices from 100 đồng up.
 */
export function halfWayProducts(count: number, decimals: number, rand: () => number, maxQuantity = 100_000, maxProduct = 5e10): HalfWayProduct[] {
  const out: HalfWayProduct[] = [];
  const ten = 10n ** BigInt(decimals);
  const target = 5n * 10n ** BigInt(decimals - 1);
  const two = 2n ** BigInt(decimals);
  while (out.length < count) {
    const Q = BigInt(Math.floor(rand() * maxQuantity * Number(ten))) + 1n;
    if (Q % 10n === 0n || Q % two === 0n) continue; // exactly `decimals` decimals; solvable only if 2^d ∤ Q
    const g = gcd(Q, ten);
    const m = ten / g;
    const p0 = ((target / g) * modInverse(Q / g, m)) % m;
    // A realistic price: p0 + t·m in [100, maxProduct / q].
    const q = Number(Q) / Number(ten);
    const maxP = Math.min(50_000_000, Math.floor(maxProduct / q));
    if (maxP < 100) continue;
    const tMax = BigInt(Math.floor((maxP - Number(p0)) / Number(m)));
    if (tMax < 0n) continue;
    const t = BigInt(Math.floor(rand() * (Number(tMax) + 1)));
    const p = p0 + t * m;
    if (p < 100n) continue;
    const prod = Q * p; // = product · 10^d
    const int = prod / ten;
    const frac = prod % ten;
    if (frac !== target) throw new Error('half-way generator');
    out.push({
      quantity: `${Q / ten}.${(Q % ten).toString().padStart(decimals, '0')}`,
      decimals,
      price: p.toString(),
      product: `${int}.5`,
      rounded: (int + 1n).toString(),
    });
  }
  return out;
}

export interface HalfWayRebase {
  quantity: string;
  labour: number;
  oldBase: number;
  newBase: number;
  /** round-half-up(q × labour × (new − old) ÷ old), the exact value being k + 0,5. */
  rounded: string;
}

/**
 * Re-basing amounts q × L × (N − O) ÷ O that are exactly k + 0,5 đồng, for the base salaries of the plan
 * (2.340.000 → 2.530.000, and 1.800.000 → 2.340.000). With O ÷ 2(N − O) = a/b in lowest terms (117/19, 5/3), the
 * amount is a half exactly when q × L = a × (odd number); L = 2^i·5^j·g (g | a) gives q ≤ 4 decimals.
 */
export function halfWayRebases(count: number, rand: () => number): HalfWayRebase[] {
  const pairs = [
    { oldBase: 2_340_000, newBase: 2_530_000, a: 117, divisors: [1, 3, 9, 13, 39, 117] },
    { oldBase: 1_800_000, newBase: 2_340_000, a: 5, divisors: [1, 5] },
  ];
  const out: HalfWayRebase[] = [];
  while (out.length < count) {
    const p = pairs[out.length % 2]!;
    const odd = 2 * Math.floor(rand() * 500_000) + 1;
    const i = Math.floor(rand() * 5);
    const j = Math.floor(rand() * 5);
    const g = p.divisors[Math.floor(rand() * p.divisors.length)]!;
    const labour = 2 ** i * 5 ** j * g;
    // q = a·odd / labour, exactly, as a decimal string (at most 4 decimals: 2^i·5^j divides 10^4).
    const num = BigInt(p.a) * BigInt(odd) * 10_000n;
    const den = BigInt(labour);
    if (num % den !== 0n) continue;
    const q4 = num / den; // q × 10^4
    const quantity = `${q4 / 10_000n}.${(q4 % 10_000n).toString().padStart(4, '0')}`.replace(/\.?0+$/, '');
    if (!quantity.includes('.')) continue; // fractional quantities are the ones a binary product can miss
    // exact = q × L × Δ / O = q4 × L × Δ / (10^4 × O)
    const n2 = q4 * den * BigInt(p.newBase - p.oldBase) * 2n;
    const d2 = 10_000n * BigInt(p.oldBase);
    if (n2 % d2 !== 0n || (n2 / d2) % 2n !== 1n) throw new Error('half-way re-basing generator');
    out.push({ quantity, labour, oldBase: p.oldBase, newBase: p.newBase, rounded: ((n2 / d2 + 1n) / 2n).toString() });
  }
  return out;
}
