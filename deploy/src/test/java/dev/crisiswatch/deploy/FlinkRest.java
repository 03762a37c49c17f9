package dev.crisiswatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What the end-to-end tests ask the Flink cluster's REST API: job states, restores, watermarks, cancels. */
final class FlinkRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENDED = Set.of("FAILED", "CANCELED", "FINISHED");

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    FlinkRest(String base) {
        this.base = base;
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    void awaitRunning(String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = get("/jobs/" + jobId);
            String state = job.path("state").asText();
            if (ENDED.contains(state)) {
                throw new AssertionError("job " + jobId + " is " + state + ": " + get("/jobs/" + jobId + "/exceptions"));
            }
            boolean allTasksRunning = "RUNNING".equals(state) && job.path("vertices").size() > 0;
            for (JsonNode v : job.path("vertices")) allTasksRunning &= "RUNNING".equals(v.path("status").asText());
            if (allTasksRunning) return;
            Thread.sleep(250);
        }
        throw new AssertionError("job " + jobId + " not running after 60 s");
    }

    /** The savepoint or checkpoint the job started from, as the cluster reports it (a file: URI), or "". */
    String restoredFrom(String jobId) throws Exception {
        return get("/jobs/" + jobId + "/checkpoints").path("latest").path("restored").path("external_path").asText();
    }

    /**
     * Waits until every subtask of the vertex whose name contains {@code vertexName} has an input
     * watermark at or after {@code instant}: the job has judged the event time before it.
     */
    void awaitWatermark(String jobId, String vertexName, Instant instant, Duration timeout) throws Exception {
        String vertex = null;
        for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
            if (v.path("name").asText().contains(vertexName)) vertex = v.path("id").asText();
        }
        if (vertex == null) throw new AssertionError("job " + jobId + " has no vertex named like " + vertexName);
        long deadline = System.nanoTime() + timeout.toNanos();
        long lowest = Long.MIN_VALUE;
        while (System.nanoTime() < deadline) {
            JsonNode marks = get("/jobs/" + jobId + "/vertices/" + vertex + "/watermarks");
            lowest = Long.MAX_VALUE;
            for (JsonNode m : marks) lowest = Math.min(lowest, m.path("value").asLong(Long.MIN_VALUE));
            if (marks.size() > 0 && lowest >= instant.toEpochMilli()) return;
            Thread.sleep(500);
        }
        throw new AssertionError("the watermark of " + vertexName + " in job " + jobId + " is "
                + (lowest == Long.MIN_VALUE ? "none" : Instant.ofEpochMilli(lowest)) + " after " + timeout
                + ", not yet " + instant);
    }

    /** Cancels every job still running and waits until they have ended, so the next job gets the slots. */
    void cancelRunningJobs() throws Exception {
        for (JsonNode job : get("/jobs/overview").path("jobs")) {
            if (ENDED.contains(job.path("state").asText())) continue;
            String id = job.path("jid").asText();
            send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + id + "?mode=cancel"))
                    .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!ENDED.contains(get("/jobs/" + id).path("state").asText())) {
                if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " not cancelled after 30 s");
                Thread.sleep(250);
            }
        }
    }

    private JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
