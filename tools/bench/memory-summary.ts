// Reads the samples tools/bench/memory-sampler.ts wrote and says where memory peaked: the resident high-water mark,
// the largest JavaScript heap and large-object space (big strings and arrays), each with the second it was seen.
export interface MemorySample {
  t: number;
  rssMb: number;
  highWaterMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  spaces: Record<string, number>;
}

export interface MemoryPeak {
  mb: number;
  /** Seconds after the build started. */
  at: number;
}

export interface MemorySummary {
  samples: number;
  highWater: MemoryPeak;
  rss: MemoryPeak;
  heapUsed: MemoryPeak;
  largeObjects: MemoryPeak;
  /** Resident memory outside the JavaScript heap and Buffers (native code: the bundler, image libraries) at the RSS peak. */
  nativeAtRssPeakMb: number;
}

/** Parses JSON lines; a line cut short (the build ended mid-write) is skipped. */
export function parseSamples(text: string): MemorySample[] {
  return text.split('\n').flatMap((line) => {
    try {
      const sample = JSON.parse(line) as MemorySample;
      return typeof sample.t === 'number' ? [sample] : [];
    } catch {
      return [];
    }
  });
}

function peakOf(samples: readonly MemorySample[], value: (s: MemorySample) => number): MemoryPeak {
  let best: MemoryPeak = { mb: 0, at: 0 };
  for (const sample of samples) if (value(sample) > best.mb) best = { mb: value(sample), at: sample.t };
  return best;
}

export function summariseMemory(samples: readonly MemorySample[]): MemorySummary | undefined {
  if (samples.length === 0) return undefined;
  const rss = peakOf(samples, (s) => s.rssMb);
  const atRss = samples.find((s) => s.t === rss.at && s.rssMb === rss.mb);
  // The high-water mark only grows: its first sample at the final value is when it was reached (or just after a gap).
  const top = Math.max(...samples.map((s) => s.highWaterMb));
  const reached = samples.find((s) => s.highWaterMb === top);
  return {
    samples: samples.length,
    highWater: { mb: top, at: reached?.t ?? 0 },
    rss,
    heapUsed: peakOf(samples, (s) => s.heapUsedMb),
    largeObjects: peakOf(samples, (s) => s.spaces.large_object ?? 0),
    nativeAtRssPeakMb: atRss ? Math.max(0, atRss.rssMb - atRss.heapTotalMb - atRss.externalMb) : 0,
  };
}

export function memoryLines(summary: MemorySummary): string[] {
  const at = (p: MemoryPeak) => `${p.mb} MB at ${p.at.toFixed(0)} s`;
  return [
    `resident high-water mark: ${at(summary.highWater)} (first sample that showed it)`,
    `resident, sampled: ${at(summary.rss)}; of it outside the JavaScript heap and Buffers: ${summary.nativeAtRssPeakMb} MB`,
    `JavaScript heap used: ${at(summary.heapUsed)}; large-object space (big strings, arrays): ${at(summary.largeObjects)}`,
    `${summary.samples} samples`,
  ];
}
