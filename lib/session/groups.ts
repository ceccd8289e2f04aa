// Groups of 3–4 and pairs, drawn at random from a seed so the same split can be shown again.

/** mulberry32: a tiny, well-known seeded PRNG; Math.random cannot be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Deals the shuffled people round-robin into `count` groups, so sizes differ by at most one. */
function deal<T>(people: T[], count: number): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  people.forEach((p, i) => groups[i % count]!.push(p));
  return groups;
}

/**
 * Groups of 3–4: as many groups of four as fit, never a group under three unless the whole team
 * is under three (five people make one group of five, the only split without a pair).
 */
export function splitGroups<T>(people: readonly T[], seed: number): T[][] {
  if (people.length === 0) return [];
  const count = people.length < 3 ? 1 : Math.max(1, Math.min(Math.ceil(people.length / 4), Math.floor(people.length / 3)));
  return deal(shuffle(people, seed), count);
}

/** Pairs, with one trio when the count is odd (a lone person only when alone). */
export function splitPairs<T>(people: readonly T[], seed: number): T[][] {
  if (people.length === 0) return [];
  return deal(shuffle(people, seed + 1), Math.max(1, Math.floor(people.length / 2)));
}
