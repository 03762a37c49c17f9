package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The few Flink REST calls the monitor needs. */
final class FlinkRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    FlinkRest(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /** The sum over subtasks of every source operator's numRecordsOut: records read from Kafka. */
    final class SourceCounter {
        private final String jobId;
        private final List<String> queries = new ArrayList<>();

        SourceCounter(String jobId) {
            this.jobId = jobId;
        }

        boolean discover() throws IOException, InterruptedException {
            queries.clear();
            for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
                if (!v.path("name").asText().startsWith("Source:")) continue;
                String vid = v.path("id").asText();
                for (JsonNode m : get("/jobs/" + jobId + "/vertices/" + vid + "/subtasks/metrics")) {
                    String id = m.path("id").asText();
                    if (id.startsWith("Source__") && id.endsWith(".numRecordsOut")) {
                        queries.add("/jobs/" + jobId + "/vertices/" + vid + "/subtasks/metrics?agg=sum&get="
                                + URLEncoder.encode(id, StandardCharsets.UTF_8));
                    }
                }
            }
            return !queries.isEmpty();
        }

        long records() throws IOException, InterruptedException {
            long sum = 0;
            for (String q : queries) {
                for (JsonNode m : get(q)) sum += (long) m.path("sum").asDouble();
            }
            return sum;
        }
    }

    /**
     * RocksDB's native metrics of a job's operators ({@code state.backend.rocksdb.metrics.*} in the cluster's
     * config), summed over each vertex's subtasks; per metric the first, last and largest sum of a window.
     */
    final class RocksDbMetrics {
        private final String jobId;
        private final List<String> queries = new ArrayList<>(); // vertex path + "?get=" list, each under 3,000 chars
        private final Map<String, double[]> seen = new TreeMap<>(); // metric -> first, last, max
        private final Map<String, double[]> totals = new TreeMap<>(); // property over all states -> first, last, max

        RocksDbMetrics(String jobId) {
            this.jobId = jobId;
        }

        /** Finds the metrics; false while the job has registered none yet. */
        boolean discover() throws IOException, InterruptedException {
            queries.clear();
            for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
                String path = "/jobs/" + jobId + "/vertices/" + v.path("id").asText() + "/subtasks/metrics";
                StringBuilder get = new StringBuilder();
                for (JsonNode m : get(path)) {
                    // "De-duplicate_(source__id).seen.rocksdb_estimate-pending-compaction-bytes"; timers' are tiny
                    String id = m.path("id").asText();
                    if (!id.contains("rocksdb_") || id.contains("_timer_state")) continue;
                    String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
                    if (get.length() + encoded.length() > 3000) { // Flink's REST server takes 4,096 characters a line
                        queries.add(path + "?agg=sum&get=" + get);
                        get.setLength(0);
                    }
                    get.append(get.length() == 0 ? "" : ",").append(encoded);
                }
                if (get.length() > 0) queries.add(path + "?agg=sum&get=" + get);
            }
            return !queries.isEmpty();
        }

        void sample() throws IOException, InterruptedException {
            Map<String, Double> now = new TreeMap<>();
            for (String q : queries) {
                for (JsonNode m : get(q)) {
                    String id = m.path("id").asText();
                    double sum = m.path("sum").asDouble();
                    update(seen, id, sum);
                    now.merge(id.substring(id.indexOf("rocksdb_") + "rocksdb_".length()), sum, Double::sum);
                }
            }
            now.forEach((property, sum) -> update(totals, property, sum));
        }

        private static void update(Map<String, double[]> metrics, String id, double value) {
            double[] flm = metrics.computeIfAbsent(id, k -> new double[] {value, value, value});
            flm[1] = value;
            flm[2] = Math.max(flm[2], value);
        }

        /**
         * Per property summed over every operator and state ({@code totals}: compaction debt, stalls, files at
         * level 0, block cache hits and misses; a counter's increase is last - first), and per metric ({@code
         * metrics}); each the first, last and largest sample of the window.
         */
        ObjectNode toJson() {
            ObjectNode out = JSON.createObjectNode();
            write(out.putObject("totals"), totals);
            write(out.putObject("metrics"), seen);
            return out;
        }

        private static void write(ObjectNode out, Map<String, double[]> metrics) {
            metrics.forEach((id, v) -> {
                ObjectNode m = out.putObject(id);
                m.put("first", (long) v[0]);
                m.put("last", (long) v[1]);
                m.put("max", (long) v[2]);
            });
        }
    }

    /** Heap used of the first TaskManager, bytes; -1 when unknown. */
    long taskManagerHeapUsed() throws IOException, InterruptedException {
        JsonNode tms = get("/taskmanagers").path("taskmanagers");
        if (tms.isEmpty()) return -1;
        String id = tms.get(0).path("id").asText();
        for (JsonNode m : get("/taskmanagers/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "/metrics?get=Status.JVM.Memory.Heap.Used")) {
            return (long) m.path("value").asDouble();
        }
        return -1;
    }
}
