package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
