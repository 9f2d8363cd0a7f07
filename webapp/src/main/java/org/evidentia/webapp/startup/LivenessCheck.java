package org.evidentia.webapp.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: down only when the process should be restarted, not when the database is
 * away (that is readiness: a restart would not bring the database back). It reports the heap, and
 * is down when the heap is all but full, where a JVM thrashes in the collector instead of serving.
 */
@ApplicationScoped
@Liveness
public class LivenessCheck implements HealthCheck {

  /** Heap use above which the instance counts as stuck. */
  static final double HEAP_LIMIT = 0.98;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return HealthCheckResponse.named("evidentia-live")
        .status(live(heap))
        .withData("heapUsedBytes", heap.getUsed())
        .withData("heapMaxBytes", max(heap))
        .build();
  }

  static boolean live(MemoryUsage heap) {
    long max = max(heap);
    return max <= 0 || (double) heap.getUsed() / max < HEAP_LIMIT;
  }

  private static long max(MemoryUsage heap) {
    return heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
  }
}
