/**
 * The most events (by time, ms) that fall within any window of `ms`: how close a run came to a
 * rate limit such as "7 a second".
 *
 * @example busiest([0, 100, 900, 1500], 1000) // 3
 */
export function busiest(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
