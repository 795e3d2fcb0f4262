/**
 * Disjoint spans of a text, sorted by start, with an overlap test in O(log n).
 * Spans added while one pattern runs are merged in by `commit()`: matches of one
 * global regex never overlap each other, so they need testing only against the
 * spans committed before.
 */
export class TakenSpans {
  private starts: number[] = [];
  private ends: number[] = [];
  private pending: [number, number][] = [];

  /** Whether [start, end) overlaps a committed span. */
  overlaps(start: number, end: number): boolean {
    // The first span ending after `start` is the only one that can overlap.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    return lo < this.starts.length && this.starts[lo]! < end;
  }

  /** Adds a span that overlaps no committed span; it counts once committed. */
  add(start: number, end: number): void {
    this.pending.push([start, end]);
  }

  /** Merges the spans added since the last commit into the committed ones. */
  commit(): void {
    if (this.pending.length === 0) return;
    this.pending.sort((a, b) => a[0] - b[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    let i = 0;
    for (const [start, end] of this.pending) {
      while (i < this.starts.length && this.starts[i]! < start) {
        starts.push(this.starts[i]!);
        ends.push(this.ends[i]!);
        i++;
      }
      starts.push(start);
      ends.push(end);
    }
    for (; i < this.starts.length; i++) {
      starts.push(this.starts[i]!);
      ends.push(this.ends[i]!);
    }
    this.starts = starts;
    this.ends = ends;
    this.pending = [];
  }
}
