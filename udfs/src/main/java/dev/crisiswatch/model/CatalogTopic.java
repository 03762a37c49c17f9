package dev.crisiswatch.model;

import java.util.List;

/** One entry of the topic catalog (CONTRACT section 2). */
public record CatalogTopic(
        String id,
        String name,
        List<String> keywords,
        List<String> hashtags,
        List<String> handles,
        List<String> categories,
        List<String> owners) implements java.io.Serializable {

    public CatalogTopic {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        handles = handles == null ? List.of() : List.copyOf(handles);
        categories = categories == null ? List.of() : List.copyOf(categories);
        owners = owners == null ? List.of() : List.copyOf(owners);
        name = name == null ? id : name;
    }
}
