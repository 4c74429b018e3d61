/**
 * When to try a failed delivery again: exponential backoff (first, 2×first, 4×first, …) capped at
 * `max`, with up to 20 % jitter so that outlets coming back after an outage are not hit at once.
 * `random` is injectable for tests.
 */
export const retryDelaySeconds = (
  attempts: number,
  first: number,
  max: number,
  random: () => number = Math.random
): number => {
  const base = Math.min(max, first * 2 ** Math.max(0, attempts - 1));
  return base * (1 - 0.2 * random());
};
