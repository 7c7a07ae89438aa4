/**
 * Walking named fragments safely. A result per fragment is computed once, so a
 * fragment spread many times (or a chain of fragments each spreading the next
 * twice) costs one walk, not exponentially many. A fragment reached again while
 * its own walk is still running is a cycle: it yields `onCycle` instead of
 * recursing, so the rules terminate on cyclic documents (graphql's
 * NoFragmentCycles rule is the one that reports them).
 */
export type FragmentMemo<T> = (key: string, compute: () => T) => T;

export function fragmentMemo<T>(onCycle: T): FragmentMemo<T> {
  const done = new Map<string, T>();
  const walking = new Set<string>();
  return (key, compute) => {
    if (done.has(key)) return done.get(key)!;
    if (walking.has(key)) return onCycle;
    walking.add(key);
    const value = compute();
    walking.delete(key);
    done.set(key, value);
    return value;
  };
}
