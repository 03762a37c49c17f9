package dev.crisiswatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Operations per second of CPU time spent by the benchmark's own threads, next to JMH's wall-clock
 * throughput. On a shared machine the wall clock counts the time other processes hold the core;
 * the thread CPU time does not. Use with {@code -prof dev.crisiswatch.bench.ThreadCpuProfiler}.
 */
public final class ThreadCpuProfiler implements InternalProfiler {
    private static final String WORKER = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> cpuAtStart = Map.of();

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark threads (thread CPU time)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                        IterationResult result) {
        long cpu = 0;
        for (Map.Entry<Long, Long> e : workerCpuNanos().entrySet()) {
            // A worker started during the iteration had used no CPU before it.
            cpu += e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        if (cpu <= 0 || ops <= 0) return List.of();
        return List.of(
            new ScalarResult("cpu.ops/s", ops / (cpu / 1e9), "ops/cpu-s", AggregationPolicy.AVG),
            new ScalarResult("cpu.ns/op", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpuNanos() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().contains(WORKER)) continue;
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) cpu.put(info.getThreadId(), nanos);
        }
        return cpu;
    }
}
