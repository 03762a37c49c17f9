package dev.crisiswatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile of async-profiler's collapsed stacks split by thread ({@code -t}): each line is
 * "[thread tid=N];root;...;leaf COUNT". Counts the samples by part of the job, by thread and by leaf frame.
 */
final class CollapsedProfile {
    private final Map<CpuParts.Part, Long> parts = new EnumMap<>(CpuParts.Part.class);
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> leaves = new HashMap<>();
    private long samples;

    static CollapsedProfile read(Path file, String threadFilter) throws IOException {
        CollapsedProfile p = new CollapsedProfile();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line; (line = in.readLine()) != null; ) {
                int space = line.lastIndexOf(' ');
                if (space <= 0) continue;
                String[] frames = line.substring(0, space).split(";");
                String thread = frames[0].startsWith("[") ? frames[0].substring(1, frames[0].length() - 1) : "";
                if (threadFilter != null && !thread.contains(threadFilter)) continue;
                p.add(thread.replaceFirst(" tid=\\d+$", ""), Arrays.asList(frames).subList(thread.isEmpty() ? 0 : 1,
                        frames.length), Long.parseLong(line.substring(space + 1).trim()));
            }
        }
        return p;
    }

    void add(String thread, List<String> frames, long count) {
        samples += count;
        parts.merge(CpuParts.classify(thread, frames), count, Long::sum);
        threads.merge(CpuParts.threadGroup(thread), count, Long::sum);
        if (!frames.isEmpty()) leaves.merge(frames.get(frames.size() - 1), count, Long::sum);
    }

    long samples() {
        return samples;
    }

    /** The part's share of all samples, 0..1. */
    double share(CpuParts.Part part) {
        return samples == 0 ? 0 : (double) parts.getOrDefault(part, 0L) / samples;
    }

    /** The table by part (with CPU microseconds per event if {@code eventsPerCpuSecond > 0}), threads, leaves. */
    String report(int top, double eventsPerCpuSecond) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("samples: %,d (TaskManager, all threads)%n%n", samples));
        boolean perEvent = eventsPerCpuSecond > 0;
        out.append(String.format("%-48s %8s %7s%s%n", "part of the job", "samples", "share",
                perEvent ? "  us/event" : ""));
        for (CpuParts.Part part : CpuParts.Part.values()) {
            long n = parts.getOrDefault(part, 0L);
            double share = share(part);
            out.append(String.format("%-48s %8d %6.1f%%%s%n", part.label, n, 100 * share,
                    perEvent ? String.format("  %8.2f", share * 1e6 / eventsPerCpuSecond) : ""));
        }
        if (perEvent) {
            out.append(String.format("%-48s %8d %6.1f%%  %8.2f%n", "total", samples, 100.0, 1e6 / eventsPerCpuSecond));
        }
        appendTop(out, "threads", threads, top);
        appendTop(out, "leaf frames (self)", leaves, top);
        return out.toString();
    }

    private void appendTop(StringBuilder out, String title, Map<String, Long> counts, int top) {
        out.append(String.format("%n%s%n", title));
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("%6.1f%%  %s%n", 100.0 * e.getValue() / samples,
                        e.getKey().length() > 140 ? e.getKey().substring(0, 140) + "..." : e.getKey())));
    }
}
