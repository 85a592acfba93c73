/**
 * The soak's samples and the bounds its growth is judged by, over the second half of the run (the
 * first half includes warm-up: code loaded, caches filled, the first large pass).
 */
export interface Sample {
  readonly seconds: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly handles: number;
  readonly fds: number;
  /** page_count × page_size: the data, whether in the file or still in the log. */
  readonly dbMb: number;
  readonly walMb: number;
  readonly records: number;
}

/** Least-squares slope of `value` over time, per minute; 0 with fewer than two samples. */
export function slopePerMinute(samples: readonly Sample[], value: (sample: Sample) => number): number {
  if (samples.length < 2) return 0;
  const xs = samples.map((sample) => sample.seconds / 60);
  const ys = samples.map(value);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - meanX) * ((ys[i] ?? 0) - meanY);
    den += (x - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values);

/**
 * The lowest sample of each whole minute, stamped at that minute. Each pass starts and ends a worker
 * thread, whose native memory the allocator returns to the system only now and then, so single RSS
 * samples scatter by 10–15 MB; the floor of a minute is what the process keeps.
 */
export function minuteFloors(samples: readonly Sample[], value: (sample: Sample) => number): Sample[] {
  const floors = new Map<number, Sample>();
  for (const sample of samples) {
    const minute = Math.floor(sample.seconds / 60);
    const kept = floors.get(minute);
    if (kept === undefined || value(sample) < value(kept)) floors.set(minute, sample);
  }
  return [...floors.values()].sort((a, b) => a.seconds - b.seconds);
}

export interface Bound {
  readonly what: string;
  readonly value: string;
  readonly bound: string;
  readonly ok: boolean;
}

/** The stated bounds: what "no unbounded growth" means for the soak. */
export function boundsOf(samples: readonly Sample[]): Bound[] {
  const end = samples.at(-1)?.seconds ?? 0;
  const half = samples.filter((sample) => sample.seconds >= end / 2);
  const rss = slopePerMinute(half, (s) => s.rssMb);
  const rssFloor = slopePerMinute(
    minuteFloors(samples, (s) => s.rssMb).filter((s) => s.seconds >= end / 2),
    (s) => s.rssMb,
  );
  const heap = slopePerMinute(half, (s) => s.heapMb);
  const handles = spread(half.map((s) => s.handles));
  const fds = spread(half.map((s) => s.fds));
  const perRecord = (s: Sample | undefined) =>
    s === undefined || s.records === 0 ? 0 : (s.dbMb * 2 ** 20) / s.records;
  const first = perRecord(half[0]);
  const last = perRecord(half.at(-1));
  const ratio = first === 0 ? 0 : last / first;
  return [
    {
      what: 'RSS slope, per-minute floors',
      value: `${rssFloor.toFixed(2)} MB/min`,
      bound: '≤ 1 MB/min',
      ok: rssFloor <= 1,
    },
    { what: 'RSS slope, every sample', value: `${rss.toFixed(2)} MB/min`, bound: '≤ 3 MB/min', ok: rss <= 3 },
    { what: 'heap slope', value: `${heap.toFixed(2)} MB/min`, bound: '≤ 0.5 MB/min', ok: heap <= 0.5 },
    { what: 'active handles, max − min', value: String(handles), bound: '≤ 2', ok: handles <= 2 },
    { what: 'file descriptors, max − min', value: String(fds), bound: '≤ 2', ok: fds <= 2 },
    {
      what: 'database bytes per record, end ÷ start of the half',
      value: `${Math.round(last)} ÷ ${Math.round(first)} = ${ratio.toFixed(2)}`,
      bound: '0.75–1.25',
      ok: ratio >= 0.75 && ratio <= 1.25,
    },
    {
      what: 'write-ahead log, largest',
      value: `${Math.max(...half.map((s) => s.walMb)).toFixed(1)} MB`,
      // wal_autocheckpoint is 16,384 pages of 4 KiB; the soak's commits are far smaller than that.
      bound: '≤ 80 MB',
      ok: Math.max(...half.map((s) => s.walMb)) <= 80,
    },
    { what: 'samples in the half', value: String(half.length), bound: '≥ 4', ok: half.length >= 4 },
  ];
}
