// Preloaded into a benchmark build (`node --import tools/bench/memory-sampler.ts`, see `--memory` in scripts/bench.ts):
// every half second, one JSON line with the process's resident memory, its high-water mark, the JavaScript heap by
// space and the memory outside it, appended to MARGINALIA_MEMORY_SAMPLES. A line comes only when the event loop is
// free, so a long synchronous stretch shows as a gap; the high-water mark (VmHWM) still counts what happened in it.
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.MARGINALIA_MEMORY_SAMPLES;
if (file) {
  const started = Date.now();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  // Linux only; elsewhere the high-water mark reads 0 and the sampled RSS is all there is.
  const highWater = () => {
    try {
      return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const sample = () => {
    const usage = process.memoryUsage();
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), mb(s.space_used_size)]));
    const line = { t: (Date.now() - started) / 1000, rssMb: mb(usage.rss), highWaterMb: Math.round(highWater()), heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), externalMb: mb(usage.external), spaces };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  setInterval(sample, 500).unref();
  process.on('exit', sample);
}
