package dev.crisiswatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The public JSON Schemas in schemas/ (CONTRACT), for tests that check the project's own records. */
final class Schemas {
    static final Path DIR = Path.of("..", "schemas");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Schemas() {}

    static JsonSchema load(String name) throws IOException {
        SchemaValidatorsConfig cfg = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(DIR.resolve(name + ".schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, cfg);
        }
    }

    /** Violations of a JSON text against a schema, empty when it validates. */
    static String violations(JsonSchema schema, String json) throws IOException {
        return violations(schema, JSON.readTree(json));
    }

    static String violations(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(node);
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "));
    }
}
