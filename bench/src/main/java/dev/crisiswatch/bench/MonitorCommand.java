package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Watches a running job through the REST API and /proc: sustained records/s read by its sources over a
 * window after warm-up, CPU of the TaskManager, JobManager and broker and of the whole machine, TaskManager
 * heap, RocksDB size on disk, RocksDB's native metrics (those the cluster enables), and the checkpoints taken.
 */
@Command(name = "monitor", description = "Measure a running job's sustained rate, CPU, heap, RocksDB, checkpoints.")
final class MonitorCommand implements Callable<Integer> {
    @Option(names = "--rest", required = true) String rest;
    @Option(names = "--job", required = true) String jobId;
    @Option(names = "--warmup", defaultValue = "20", description = "Seconds after the first record.") int warmup;
    @Option(names = "--duration", defaultValue = "60") int duration;
    @Option(names = "--expected", defaultValue = "0", description = "Records in the topics; 0: unknown.")
    long expected;
    @Option(names = "--tm-pid", defaultValue = "0") long tmPid;
    @Option(names = "--jm-pid", defaultValue = "0") long jmPid;
    @Option(names = "--broker-pid", defaultValue = "0") long brokerPid;
    @Option(names = "--tm-tmp", description = "The TaskManager's io.tmp.dirs, for RocksDB's size.") Path tmTmp;
    @Option(names = "--sample-seconds", defaultValue = "1") int sampleSeconds;

    private record Sample(long nanos, long records, double tm, double jm, double broker, double[] machine) {}

    @Override
    public Integer call() throws Exception {
        FlinkRest api = new FlinkRest(rest);
        FlinkRest.SourceCounter counter = api.new SourceCounter(jobId);
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!running(api) || !counter.discover()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("job " + jobId + " did not start");
            Thread.sleep(1000);
        }
        while (counter.records() == 0) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("job " + jobId + " reads nothing");
            Thread.sleep(500);
        }
        // The JobManager refreshes its metric store only when asked and answers that request from the store
        // as it was: after a silent warm-up the window's first sample would carry the count from before the
        // warm-up, and the window would count the warm-up's records too. Asking through the warm-up keeps
        // the first sample as fresh as the last (one refresh interval, 1 s in bench/conf).
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            counter.records();
            Thread.sleep(sampleSeconds * 1000L);
        }
        FlinkRest.RocksDbMetrics rocks = api.new RocksDbMetrics(jobId);
        boolean rocksFound = rocks.discover(); // registered with the state, before the first record
        if (rocksFound) rocks.sample();
        Sample start = sample(counter);
        Sample end = start;
        long heapMax = 0;
        long heapSum = 0;
        int heapN = 0;
        long rocksMax = 0;
        boolean exhausted = false;
        long stop = start.nanos + duration * 1_000_000_000L;
        while (System.nanoTime() < stop) {
            Thread.sleep(sampleSeconds * 1000L);
            Sample s = sample(counter);
            if (s.records < end.records) continue; // a momentarily missing metric, not records un-read
            long heap = api.taskManagerHeapUsed();
            if (heap > 0) {
                heapMax = Math.max(heapMax, heap);
                heapSum += heap;
                heapN++;
            }
            if (tmTmp != null) rocksMax = Math.max(rocksMax, ProcessCpu.rocksDbBytes(tmTmp));
            if (rocksFound) rocks.sample();
            if (expected > 0 && s.records >= expected) {
                exhausted = true; // the input ran out: the window ends at the last sample that still read
                if (end == start) end = s; // ran out within one sample: a slight underestimate
                break;
            }
            end = s;
        }
        double secs = (end.nanos - start.nanos) / 1e9;
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("windowSeconds", round(secs));
        out.put("records", end.records - start.records);
        out.put("eventsPerSecond", Math.round((end.records - start.records) / secs));
        out.put("inputExhausted", exhausted);
        // REST metrics lag by up to a second: a window of a few seconds says more about that than the rate.
        out.put("windowTooShort", secs < Math.min(20, duration));
        out.put("tmCpuCores", round((end.tm - start.tm) / secs));
        // Under CPU contention the rate follows the share the scheduler grants; this figure much less so.
        double tmCpu = end.tm - start.tm;
        out.put("eventsPerTmCpuSecond", tmCpu <= 0 ? -1 : Math.round((end.records - start.records) / tmCpu));
        out.put("jmCpuCores", round((end.jm - start.jm) / secs));
        out.put("brokerCpuCores", round((end.broker - start.broker) / secs));
        double machineBusy = end.machine[0] - start.machine[0];
        double machineTotal = end.machine[1] - start.machine[1];
        out.put("machineBusyCores", round(machineBusy / secs));
        out.put("machineCores", round(machineTotal / secs));
        out.put("otherProcessesCpuCores", round((machineBusy - (end.tm - start.tm) - (end.jm - start.jm)
                - (end.broker - start.broker)) / secs));
        out.put("tmHeapUsedMaxMiB", heapMax >> 20);
        out.put("tmHeapUsedAvgMiB", heapN == 0 ? -1 : (heapSum / heapN) >> 20);
        out.put("rocksDbMaxMiB", round(rocksMax / 1048576.0));
        out.set("checkpoints", checkpoints(api));
        // Compaction debt, write stalls, block cache and bloom filter counts: why a job runs slow per CPU-second.
        out.set("rocksDbNative", rocks.toJson());
        System.out.println(json.writeValueAsString(out));
        return 0;
    }

    private boolean running(FlinkRest api) throws Exception {
        JsonNode job = api.get("/jobs/" + jobId);
        if (!"RUNNING".equals(job.path("state").asText())) return false;
        for (JsonNode v : job.path("vertices")) {
            if (!"RUNNING".equals(v.path("status").asText())) return false;
        }
        return true;
    }

    private Sample sample(FlinkRest.SourceCounter counter) throws Exception {
        return new Sample(System.nanoTime(), counter.records(), ProcessCpu.processSeconds(tmPid),
                ProcessCpu.processSeconds(jmPid), ProcessCpu.processSeconds(brokerPid), ProcessCpu.machineSeconds());
    }

    private ObjectNode checkpoints(FlinkRest api) throws Exception {
        JsonNode c = api.get("/jobs/" + jobId + "/checkpoints");
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("completed", c.path("counts").path("completed").asLong());
        out.put("failed", c.path("counts").path("failed").asLong());
        JsonNode d = c.path("summary").path("end_to_end_duration");
        out.put("durationAvgMs", d.path("avg").asLong());
        out.put("durationMaxMs", d.path("max").asLong());
        out.put("durationP99Ms", d.path("p99").asDouble());
        JsonNode size = c.path("summary").path("checkpointed_size");
        out.put("checkpointedSizeAvgKiB", size.path("avg").asLong() >> 10);
        JsonNode state = c.path("summary").path("state_size");
        out.put("stateSizeMaxKiB", state.path("max").asLong() >> 10);
        for (String k : List.of("completed")) {
            JsonNode latest = c.path("latest").path(k);
            if (!latest.isMissingNode() && !latest.isNull()) {
                out.put("latestDurationMs", latest.path("end_to_end_duration").asLong());
                out.put("latestStateSizeKiB", latest.path("state_size").asLong() >> 10);
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
