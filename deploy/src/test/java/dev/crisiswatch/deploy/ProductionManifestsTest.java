package dev.crisiswatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crisiswatch.config.CrisisConfig;
import dev.crisiswatch.model.TopicCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The Kubernetes and Docker files describe the job that the build actually makes. */
class ProductionManifestsTest {
    private static final String MAIN_CLASS = "dev.crisiswatch.job.CrisisJob";

    private final JsonNode deployment = Yaml.single(Repo.file("deploy/k8s/flinkdeployment.yaml"), "FlinkDeployment");
    private final JsonNode configMap = Yaml.single(Repo.file("deploy/k8s/configmap.yaml"), "ConfigMap");
    private final JsonNode flinkConf = deployment.path("spec").path("flinkConfiguration");
    private final JsonNode job = deployment.path("spec").path("job");

    @Test
    void shouldStartTheMainClassThatTheJobJarDeclares() throws Exception {
        String shadeMainClass = firstGroup(Files.readString(Repo.file("job/pom.xml")), "<mainClass>([^<]+)</mainClass>");

        assertThat(job.path("entryClass").asText())
                .isEqualTo(MAIN_CLASS)
                .isEqualTo(shadeMainClass)
                .isEqualTo(new JobJar(Repo.jobJar()).mainClass());
    }

    @Test
    void shouldRunTheJarFromWhereTheImageCopiesIt() throws IOException {
        String dockerfile = Files.readString(Repo.file("deploy/docker/Dockerfile"));
        String copiedTo = firstGroup(dockerfile, "(?m)^COPY\\s+(?:--\\S+\\s+)*job/target/crisis-job\\.jar\\s+(\\S+)$");
        String flinkVersion = firstGroup(Files.readString(Repo.file("pom.xml")), "<flink.version>([^<]+)</flink.version>");

        assertThat(job.path("jarURI").asText()).isEqualTo("local://" + copiedTo);
        assertThat(dockerfile).containsPattern("(?m)^FROM flink:" + Pattern.quote(flinkVersion) + "-java17$");
        assertThat(deployment.path("spec").path("flinkVersion").asText())
                .isEqualTo("v" + flinkVersion.replaceFirst("^(\\d+)\\.(\\d+).*", "$1_$2"));
    }

    @Test
    void shouldPassArgumentsThatTheJobAccepts() throws Exception {
        List<String> args = jobArgs();

        new JobJar(Repo.jobJar()).parseArguments(MAIN_CLASS, args);

        assertThat(args).contains("--bootstrap-servers", "--catalog", "--config");
        assertThat(args).doesNotContain("--alerts-out", "--mentions", "--complaints");
    }

    @Test
    void shouldCatchAnArgumentTheJobDoesNotKnow() {
        List<String> misspelt = new ArrayList<>(jobArgs());
        misspelt.set(misspelt.indexOf("--bootstrap-servers"), "--bootstrap-server");

        assertThatThrownBy(() -> new JobJar(Repo.jobJar()).parseArguments(MAIN_CLASS, misspelt))
                .hasMessageContaining("--bootstrap-server");
    }

    @Test
    void shouldReadCatalogAndConfigFromTheMountedConfigMap() {
        String mountPath = mountPathOfConfigMap(configMap.path("metadata").path("name").asText());

        for (String option : List.of("--catalog", "--config")) {
            Path file = Path.of(argumentOf(option));
            assertThat(file.getParent()).as(option).isEqualTo(Path.of(mountPath));
            assertThat(configMap.path("data").has(file.getFileName().toString())).as(option).isTrue();
        }
    }

    @Test
    void shouldSetOnlyConfigKeysThatTheJobDefines() throws IOException {
        JsonNode defaults = Yaml.parse(Files.readString(Repo.file("job/src/main/resources/crisis-default.yaml")));
        Map<String, JsonNode> known = Yaml.leaves(defaults);

        Set<String> unknown = Yaml.leaves(Yaml.parse(configText("crisis.yaml"))).keySet().stream()
                .filter(key -> !known.containsKey(key) && !isInsideFreeFormMap(key, known))
                .collect(Collectors.toSet());

        assertThat(unknown).isEmpty();
        assertThat(isInsideFreeFormMap("kafka.properties.security.protocol", known)).isTrue();
        assertThat(isInsideFreeFormMap("detection.negativeTreshold", known)).isFalse();
    }

    @Test
    void shouldHoldAConfigAndCatalogThatTheJobLoads() throws IOException {
        CrisisConfig config = CrisisConfig.parse(stream(configText("crisis.yaml")), "crisis.yaml");
        TopicCatalog catalog = TopicCatalog.parse(stream(configText("catalog.yaml")), "catalog.yaml");

        assertThat(config.kafka.properties).containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.kafka.properties.get("sasl.jaas.config")).startsWith("${directory:");
        assertThat(catalog.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldCreateEveryKafkaTopicTheJobReadsAndWrites() throws IOException {
        CrisisConfig config = CrisisConfig.parse(stream(configText("crisis.yaml")), "crisis.yaml");
        Map<String, JsonNode> topics = Yaml.documents(Repo.file("deploy/k8s/kafka-topics.yaml")).stream()
                .filter(d -> "KafkaTopic".equals(d.path("kind").asText()))
                .collect(Collectors.toMap(d -> d.path("metadata").path("name").asText(), d -> d.path("spec")));
        int parallelism = job.path("parallelism").asInt();

        assertThat(topics).containsOnlyKeys(config.topics.mentions, config.topics.complaints,
                config.topics.alerts, config.topics.deadLetter);
        for (String input : List.of(config.topics.mentions, config.topics.complaints)) {
            assertThat(topics.get(input).path("partitions").asInt()).as(input).isGreaterThanOrEqualTo(parallelism);
        }
        topics.forEach((name, spec) -> assertThat(spec.path("config").path("min.insync.replicas").asInt())
                .as(name).isLessThan(spec.path("replicas").asInt()));
    }

    @Test
    void shouldKeepStateInRocksDbWithIncrementalCheckpointsOnObjectStorage() {
        assertThat(flinkConf.path("state.backend.type").asText()).isEqualTo("rocksdb");
        assertThat(flinkConf.path("execution.checkpointing.incremental").asText()).isEqualTo("true");
        assertThat(flinkConf.path("execution.checkpointing.dir").asText()).startsWith("s3://");
        assertThat(flinkConf.path("execution.checkpointing.savepoint-dir").asText()).startsWith("s3://");
        assertThat(flinkConf.path("high-availability.type").asText()).isEqualTo("kubernetes");
        assertThat(job.path("upgradeMode").asText()).isEqualTo("savepoint");
        assertThat(job.path("parallelism").asInt())
                .isLessThanOrEqualTo(flinkConf.path("pipeline.max-parallelism").asInt());
    }

    @Test
    void shouldExposePrometheusMetricsOnThePortThatIsScraped() {
        JsonNode container = mainContainer();
        JsonNode metricsPort = StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(p -> "metrics".equals(p.path("name").asText())).findFirst().orElseThrow();
        JsonNode podMonitor = Yaml.single(Repo.file("deploy/k8s/podmonitor.yaml"), "PodMonitor");

        assertThat(flinkConf.path("metrics.reporter.prom.factory.class").asText())
                .isEqualTo("org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        assertThat(flinkConf.path("metrics.reporter.prom.port").asInt()).isEqualTo(metricsPort.path("containerPort").asInt());
        assertThat(podMonitor.path("spec").path("podMetricsEndpoints").get(0).path("port").asText()).isEqualTo("metrics");
        assertThat(podMonitor.path("spec").path("selector").path("matchLabels").path("app").asText())
                .isEqualTo(deployment.path("metadata").path("name").asText());
    }

    private List<String> jobArgs() {
        return StreamSupport.stream(job.path("args").spliterator(), false).map(JsonNode::asText).toList();
    }

    private String argumentOf(String option) {
        List<String> args = jobArgs();
        return args.get(args.indexOf(option) + 1);
    }

    private String configText(String key) {
        return configMap.path("data").path(key).asText();
    }

    private JsonNode mainContainer() {
        return StreamSupport.stream(deployment.path("spec").path("podTemplate").path("spec").path("containers")
                .spliterator(), false).filter(c -> "flink-main-container".equals(c.path("name").asText()))
                .findFirst().orElseThrow();
    }

    private String mountPathOfConfigMap(String configMapName) {
        JsonNode spec = deployment.path("spec").path("podTemplate").path("spec");
        String volume = StreamSupport.stream(spec.path("volumes").spliterator(), false)
                .filter(v -> configMapName.equals(v.path("configMap").path("name").asText()))
                .map(v -> v.path("name").asText()).findFirst().orElseThrow();
        return StreamSupport.stream(mainContainer().path("volumeMounts").spliterator(), false)
                .filter(m -> volume.equals(m.path("name").asText()))
                .map(m -> m.path("mountPath").asText()).findFirst().orElseThrow();
    }

    /** A key under a mapping that the defaults leave empty (`properties: {}`) is the user's to choose. */
    private static boolean isInsideFreeFormMap(String key, Map<String, JsonNode> known) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            JsonNode parent = known.get(key.substring(0, dot));
            if (parent != null) return parent.isObject() && parent.isEmpty();
        }
        return false;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String firstGroup(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new AssertionError("no match for " + regex);
        return m.group(1);
    }
}
