package dev.crisiswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {
    private static TopicCatalog parse(String yaml) throws IOException {
        return TopicCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void shouldLoadTheContractExample() throws IOException {
        TopicCatalog c = parse("""
                topics:
                  - id: acme-delivery
                    name: ACME deliveries
                    keywords: ["late delivery", "never arrived", "lost parcel"]
                    hashtags: ["#acmefail"]
                    handles: ["@acme", "@acmehelp"]
                    categories: ["delivery"]
                    owners: ["pr-oncall", "cs-delivery-lead"]
                  - id: acme-app
                """);
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.byId("acme-delivery").orElseThrow().owners()).containsExactly("pr-oncall", "cs-delivery-lead");
        assertThat(c.get(1).name()).isEqualTo("acme-app");
        assertThat(c.get(1).keywords()).isEmpty();
        assertThat(c.indexOf("acme-app")).isEqualTo(1);
        assertThat(c.indexOf("nope")).isEqualTo(-1);
    }

    @Test
    void shouldRejectBadAndRepeatedIds() {
        assertThatThrownBy(() -> parse("topics:\n  - id: Acme Delivery\n")).hasMessageContaining("[a-z0-9]");
        assertThatThrownBy(() -> parse("topics:\n  - id: a\n  - id: a\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("foo: 1\n")).hasMessageContaining("topics");
    }
}
