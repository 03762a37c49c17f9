package dev.crisiswatch.simulator.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crisiswatch.config.Durations;
import dev.crisiswatch.model.CatalogTopic;
import dev.crisiswatch.model.TopicCatalog;
import dev.crisiswatch.simulator.generate.ChaosOptions;
import dev.crisiswatch.simulator.generate.TemplateLibrary;
import dev.crisiswatch.simulator.scenario.ScenarioFile.CascadeFile;
import dev.crisiswatch.simulator.scenario.ScenarioFile.ComplaintSurgeFile;
import dev.crisiswatch.simulator.scenario.ScenarioFile.IncidentFile;
import dev.crisiswatch.simulator.scenario.ScenarioFile.RampFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a scenario YAML file into a {@link Scenario}, or fails naming the file and the field. */
final class ScenarioReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|min|s|m|h|d)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_CASCADE = 400_000;
    /** Where contacts come in when a scenario does not say. */
    private static final Weights DEFAULT_CHANNELS = Weights.parse("phone:3 chat:3 email:2 web_form:1 social_dm:1");

    private final Path file;
    private String where = "";

    ScenarioReader(Path file) {
        this.file = file;
    }

    Scenario read() throws IOException {
        ScenarioFile f;
        try {
            f = YAML.readValue(file.toFile(), ScenarioFile.class);
        } catch (IOException e) {
            throw new InvalidScenarioException(file + ": " + e.getMessage(), e);
        }
        if (f == null) throw new InvalidScenarioException(file + ": empty scenario file");
        try {
            return build(f);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidScenarioException(file + (where.isEmpty() ? "" : " at " + where) + ": " + e.getMessage(), e);
        }
    }

    private Scenario build(ScenarioFile f) throws IOException {
        where = "name";
        String name = f.name != null ? f.name : defaultName();
        require(NAME.matcher(name).matches(), "name must match [a-z0-9][a-z0-9-]*: " + name);
        where = "description";
        require(f.description != null && !f.description.isBlank(), "a scenario needs a one-line description");
        where = "start";
        Instant start = Instant.parse(required(f.start, "start"));
        where = "duration";
        Duration length = duration(required(f.duration, "duration"));
        require(!length.isZero() && length.compareTo(Duration.ofDays(31)) <= 0, "duration must be in (0, 31d]");
        Instant end = start.plus(length);
        where = "zone";
        ZoneId zone = ZoneId.of(f.zone == null ? "UTC" : f.zone);
        where = "catalog";
        TopicCatalog catalog = catalog(f.catalog);
        where = "brand";
        Brand brand = brand(f.brand);
        where = "chaos";
        ChaosOptions chaos = chaos(f.chaos);
        where = "background";
        Background background = background(f.background, catalog, zone);
        where = "complaints";
        ComplaintBackground complaints = complaints(f.complaints, catalog);
        where = "authors";
        AuthorModel authors = authors(f.authors);
        List<IncidentSpec> incidents = new ArrayList<>();
        List<IncidentFile> files = f.incidents == null ? List.of() : f.incidents;
        for (int i = 0; i < files.size(); i++) {
            where = "incidents[" + i + "]";
            incidents.add(incident(files.get(i), start, end, catalog));
        }
        where = "";
        return new Scenario(name, f.description.trim(), start, end, f.seed == null ? 1L : f.seed, brand, catalog,
                chaos, background, complaints, authors, incidents);
    }

    private String defaultName() {
        String n = file.getFileName().toString();
        return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n;
    }

    private TopicCatalog catalog(JsonNode node) throws IOException {
        require(node != null && !node.isNull(), "a scenario needs a catalog: a file path or an inline {topics: [...]}");
        if (node.isTextual()) {
            Path parent = file.toAbsolutePath().getParent();
            return TopicCatalog.load(parent.resolve(node.asText()));
        }
        byte[] inline = YAML.writeValueAsBytes(node);
        return TopicCatalog.parse(new ByteArrayInputStream(inline), file + " (inline catalog)");
    }

    private static Brand brand(ScenarioFile.BrandFile b) {
        require(b != null && b.name != null && !b.name.isBlank(), "a scenario needs brand.name");
        return new Brand(b.name, b.handles == null ? List.of() : b.handles, b.products == null ? List.of() : b.products);
    }

    private static ChaosOptions chaos(ScenarioFile.ChaosFile c) {
        if (c == null) return ChaosOptions.none();
        return new ChaosOptions(c.maxOutOfOrder == null ? Duration.ZERO : duration(c.maxOutOfOrder),
                c.duplicateRate == null ? 0 : c.duplicateRate, c.malformedRate == null ? 0 : c.malformedRate);
    }

    private static Background background(ScenarioFile.BackgroundFile b, TopicCatalog catalog, ZoneId zone) {
        if (b == null) return new Background(1.0, Map.of(), 0.3, profile(null, zone));
        double perMinute = b.perMinute == null ? 1.0 : b.perMinute;
        require(perMinute >= 0, "perMinute must be >= 0");
        Map<String, Double> rates = b.topics == null ? Map.of() : b.topics;
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            require(catalog.indexOf(e.getKey()) >= 0, "topics names '" + e.getKey() + "', which is not in the catalog");
            require(e.getValue() != null && e.getValue() >= 0, "rate of " + e.getKey() + " must be >= 0");
        }
        double uncatalogued = b.uncatalogued == null ? 0.3 : b.uncatalogued;
        require(uncatalogued >= 0, "uncatalogued must be >= 0");
        return new Background(perMinute, rates, uncatalogued, profile(b.profile, zone));
    }

    private static TrafficProfile profile(ScenarioFile.ProfileFile p, ZoneId zone) {
        JsonNode daily = p == null ? null : p.daily;
        JsonNode weekly = p == null ? null : p.weekly;
        double[] hourly = daily == null ? TrafficProfile.dailyShape("consumer")
                : daily.isTextual() ? TrafficProfile.dailyShape(daily.asText()) : numbers(daily);
        double[] week = weekly == null ? TrafficProfile.weeklyShape("weekday")
                : weekly.isTextual() ? TrafficProfile.weeklyShape(weekly.asText()) : numbers(weekly);
        return new TrafficProfile(hourly, week, zone);
    }

    private static double[] numbers(JsonNode array) {
        require(array.isArray(), "a profile is a name or a list of numbers");
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            require(array.get(i).isNumber(), "profile values must be numbers");
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static ComplaintBackground complaints(ScenarioFile.ComplaintsFile c, TopicCatalog catalog) {
        double perMinute = c == null || c.perMinute == null ? 0.5 : c.perMinute;
        require(perMinute >= 0, "perMinute must be >= 0");
        Weights channels = c == null || c.channels == null ? DEFAULT_CHANNELS : Weights.of(c.channels);
        Weights categories;
        if (c != null && c.categories != null) {
            categories = Weights.of(c.categories);
        } else {
            Set<String> all = new LinkedHashSet<>();
            for (CatalogTopic t : catalog.topics()) all.addAll(t.categories());
            all.add("general");
            categories = Weights.uniform(new ArrayList<>(all));
        }
        return new ComplaintBackground(perMinute, channels, categories);
    }

    private static AuthorModel authors(ScenarioFile.AuthorsFile a) {
        AuthorModel d = AuthorModel.defaults();
        if (a == null) return d;
        AuthorModel m = new AuthorModel(
                a.population == null ? d.population() : a.population,
                a.medianFollowers == null ? d.medianFollowers() : a.medianFollowers,
                a.sigma == null ? d.sigma() : a.sigma,
                a.verifiedShare == null ? d.verifiedShare() : a.verifiedShare,
                a.zeroFollowerShare == null ? d.zeroFollowerShare() : a.zeroFollowerShare);
        require(m.population() >= 10 && m.population() <= 2_000_000, "population must be in [10, 2000000]");
        require(m.medianFollowers() >= 1, "medianFollowers must be >= 1");
        require(m.sigma() > 0 && m.sigma() <= 4, "sigma must be in (0, 4]");
        require(share(m.verifiedShare()) && share(m.zeroFollowerShare())
                && m.verifiedShare() + m.zeroFollowerShare() <= 1, "shares must be in [0, 1] and add up to at most 1");
        return m;
    }

    private IncidentSpec incident(IncidentFile i, Instant start, Instant end, TopicCatalog catalog) {
        require(i.label != null && !i.label.isBlank(), "an incident needs a label");
        require(i.topic != null, "an incident needs a topic");
        boolean emerging = i.topic.startsWith(IncidentSpec.EMERGING_PREFIX);
        List<String> terms = i.terms == null ? List.of() : i.terms;
        if (emerging) {
            require(!terms.isEmpty(), "an emerging incident needs the terms its posts use");
        } else {
            require(catalog.indexOf(i.topic) >= 0, "topic '" + i.topic + "' is not in the catalog");
        }
        require("crisis".equals(i.kind) || "benign".equals(i.kind), "kind must be crisis or benign");
        String tone = i.tone == null ? ("crisis".equals(i.kind) ? "complaint" : "praise") : i.tone;
        require(TemplateLibrary.standard().hasMix(tone), "unknown tone '" + tone + "'; known: "
                + TemplateLibrary.standard().mixNames());
        Instant onset = instant(required(i.at, "at"), start);
        Instant until = onset.plus(duration(required(i.duration, "duration")));
        require(!onset.isBefore(start) && !until.isAfter(end), "the incident must lie inside the scenario");
        require(until.isAfter(onset), "duration must be positive");
        long from = onset.toEpochMilli();
        long to = until.toEpochMilli();
        int bots = i.bots == null ? 0 : i.bots;
        require(bots >= 0 && bots <= 100_000, "bots must be in [0, 100000]");
        Weights sources = i.sources == null ? Background.DEFAULT_SOURCES : Weights.of(i.sources);
        Ramp posts = i.posts == null ? null : ramp(i.posts, from, to);
        CascadeSpec cascade = i.cascade == null ? null : cascade(i.cascade, from);
        ComplaintSurge surge = null;
        if (i.complaints != null) {
            ComplaintSurgeFile c = i.complaints;
            require(c.category != null, "complaints need the desk category they land in");
            require(emerging || catalog.byId(i.topic).orElseThrow().categories().contains(c.category),
                    "complaint category '" + c.category + "' is not one of " + i.topic + "'s catalog categories");
            String ticketTone = c.tone == null ? "ticket-angry" : c.tone;
            require(TemplateLibrary.standard().hasMix(ticketTone), "unknown complaint tone '" + ticketTone + "'");
            double urgent = c.urgentShare == null ? 0.25 : c.urgentShare;
            require(share(urgent), "urgentShare must be in [0, 1]");
            surge = new ComplaintSurge(ramp(c, from, to),
                    c.channels == null ? DEFAULT_CHANNELS : Weights.of(c.channels), c.category, urgent,
                    ticketTone);
        }
        require(posts != null || cascade != null || surge != null,
                "an incident needs posts, a cascade or complaints");
        return new IncidentSpec(i.label.trim(), i.topic, "crisis".equals(i.kind), tone, onset, until, terms,
                i.texts == null ? List.of() : i.texts, bots, sources, posts, cascade, surge);
    }

    private static Ramp ramp(RampFile r, long from, long to) {
        require(r.peakPerMinute != null, "a ramp needs peakPerMinute");
        long start = from + (r.after == null ? 0 : duration(r.after).toMillis());
        require(start < to, "'after' must fall before the incident's end");
        return new Ramp(r.peakPerMinute, start, to, r.rampUp == null ? 0 : duration(r.rampUp).toMillis(),
                r.fadeOut == null ? 0 : duration(r.fadeOut).toMillis());
    }

    private static CascadeSpec cascade(CascadeFile c, long from) {
        List<CascadeSpec.BranchingStep> steps = new ArrayList<>();
        require(c.branching != null && !c.branching.isEmpty(), "a cascade needs branching: [{after: 0m, factor: 0.8}]");
        for (ScenarioFile.BranchingFile b : c.branching) {
            require(b.factor != null && b.factor >= 0 && b.factor <= 5, "a branching factor must be in [0, 5]");
            steps.add(new CascadeSpec.BranchingStep(from + (b.after == null ? 0 : duration(b.after).toMillis()), b.factor));
        }
        for (int k = 1; k < steps.size(); k++) {
            require(steps.get(k).fromMillis() > steps.get(k - 1).fromMillis(), "branching steps must be in time order");
        }
        int roots = c.roots == null ? 1 : c.roots;
        require(roots >= 1 && roots <= 1000, "roots must be in [1, 1000]");
        int max = c.maxMentions == null ? 60_000 : c.maxMentions;
        require(max >= 1 && max <= MAX_CASCADE, "maxMentions must be in [1, " + MAX_CASCADE + "]");
        double quote = c.quoteShare == null ? 0.5 : c.quoteShare;
        require(share(quote), "quoteShare must be in [0, 1]");
        ScenarioFile.RootFile r = c.root;
        RootAuthor root = r == null ? new RootAuthor(null, null, null, null)
                : new RootAuthor(r.handle, r.followers, r.verified, r.source);
        require(root.followers() == null || root.followers() >= 0, "root.followers must be >= 0");
        double rootReshares = c.rootReshares == null ? steps.get(0).factor() : c.rootReshares;
        require(rootReshares >= 0 && rootReshares <= 100_000, "rootReshares must be in [0, 100000]");
        long delay = c.meanDelay == null ? Duration.ofMinutes(20).toMillis() : duration(c.meanDelay).toMillis();
        require(delay >= 1000, "meanDelay must be at least 1s");
        return new CascadeSpec(roots, root, rootReshares, steps, delay, max, quote);
    }

    /** An ISO instant, or an offset from the scenario's start such as `30h` or `1d6h`. */
    private static Instant instant(String s, Instant start) {
        return Character.isDigit(s.charAt(0)) && s.contains("T") && !s.startsWith("P")
                ? Instant.parse(s) : start.plus(duration(s));
    }

    /** `90s`, `20m`, `1d6h30m` or ISO-8601 `PT2H`. */
    static Duration duration(String s) {
        String v = s.trim();
        if (v.startsWith("P") || v.startsWith("p")) return Durations.parse(v);
        Matcher m = DURATION_PART.matcher(v);
        Duration total = Duration.ZERO;
        int pos = 0;
        while (m.find()) {
            require(m.start() == pos, "cannot read duration '" + s + "'");
            total = total.plus(Durations.parse(m.group()));
            pos = m.end();
        }
        require(pos == v.length() && pos > 0, "cannot read duration '" + s + "' (try 30m, 6h, 1d6h)");
        return total;
    }

    private static String required(String value, String field) {
        require(value != null && !value.isBlank(), "missing '" + field + "'");
        return value;
    }

    private static boolean share(double v) {
        return v >= 0 && v <= 1;
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
