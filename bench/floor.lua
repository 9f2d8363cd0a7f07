-- The floor for bench/mixed-load.sh: the same summary line as mixed-load.lua.
function done(summary, latency, requests)
  io.write(string.format("MIX requests=%d seconds=%.3f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
