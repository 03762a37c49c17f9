package dev.crisiswatch.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The scenario YAML file as written, before validation: public fields for Jackson, unknown keys
 * rejected so that a typo fails loudly instead of falling back to a default.
 */
final class ScenarioFile {
    public String name;
    public String description;
    public String start;
    public String duration;
    public String zone;
    public Long seed;
    public BrandFile brand;
    /** A path relative to the scenario file, or an inline `{topics: [...]}` catalog. */
    public JsonNode catalog;
    public ChaosFile chaos;
    public BackgroundFile background;
    public ComplaintsFile complaints;
    public AuthorsFile authors;
    public List<IncidentFile> incidents;

    static final class BrandFile {
        public String name;
        public List<String> handles;
        public List<String> products;
    }

    static final class ChaosFile {
        public String maxOutOfOrder;
        public Double duplicateRate;
        public Double malformedRate;
    }

    static final class BackgroundFile {
        public Double perMinute;
        public Map<String, Double> topics;
        public Double uncatalogued;
        public ProfileFile profile;
    }

    static final class ProfileFile {
        /** A named shape (`consumer`, `business`, `strong`, `flat`) or 24 hourly multipliers. */
        public JsonNode daily;
        /** A named shape (`weekday`, `weekend`, `flat`) or 7 multipliers, Monday first. */
        public JsonNode weekly;
    }

    static final class ComplaintsFile {
        public Double perMinute;
        public Map<String, Double> channels;
        public Map<String, Double> categories;
    }

    static final class AuthorsFile {
        public Integer population;
        public Double medianFollowers;
        public Double sigma;
        public Double verifiedShare;
        public Double zeroFollowerShare;
    }

    static final class IncidentFile {
        public String label;
        public String topic;
        public String kind;
        public String tone;
        public String at;
        public String duration;
        public List<String> terms;
        public List<String> texts;
        public Integer bots;
        public Map<String, Double> sources;
        public RampFile posts;
        public CascadeFile cascade;
        public ComplaintSurgeFile complaints;
    }

    static class RampFile {
        public Double peakPerMinute;
        public String after;
        public String rampUp;
        public String fadeOut;
    }

    static final class CascadeFile {
        public Integer roots;
        public RootFile root;
        public Double rootReshares;
        public List<BranchingFile> branching;
        public String meanDelay;
        public Integer maxMentions;
        public Double quoteShare;
    }

    static final class RootFile {
        public String handle;
        public Long followers;
        public Boolean verified;
        public String source;
    }

    static final class BranchingFile {
        public String after;
        public Double factor;
    }

    static final class ComplaintSurgeFile extends RampFile {
        public Map<String, Double> channels;
        public String category;
        public Double urgentShare;
        public String tone;
    }
}
