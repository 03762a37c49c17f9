package dev.crisiswatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the CPU goes. From async-profiler's collapsed stacks (bench/run.sh): the TaskManager's CPU by part of
 * the job ({@link CpuParts}), by thread and by frame. From a JFR recording: top methods by self and total time.
 */
@Command(name = "profile", description = "Summarise a profile: async-profiler collapsed stacks (per part of the job)"
        + " or a JFR recording's CPU samples (self and total per method).")
final class ProfileCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "FILE.collapsed (async-profiler, -t) or FILE.jfr") Path recording;
    @Option(names = "--top", defaultValue = "25") int top;
    @Option(names = "--thread", description = "Only threads whose name contains this.") String thread;
    @Option(names = "--monitor", description = "The monitor's JSON of the same window: adds CPU microseconds per event.")
    Path monitor;

    @Override
    public Integer call() throws Exception {
        if (!recording.toString().endsWith(".jfr")) {
            double perCpuSecond = monitor == null ? -1
                    : new ObjectMapper().readTree(monitor.toFile()).path("eventsPerTmCpuSecond").asDouble(-1);
            CollapsedProfile p = CollapsedProfile.read(recording, thread);
            System.out.print(p.report(top, perCpuSecond));
            return 0;
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (var e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            if (thread != null) {
                var t = e.getThread("sampledThread");
                if (t == null || t.getJavaName() == null || !t.getJavaName().contains(thread)) continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            samples++;
            self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : st.getFrames()) {
                String n = name(f);
                if (seen.add(n)) total.merge(n, 1, Integer::sum);
            }
        }
        System.out.println("samples: " + samples);
        print("self", self, samples);
        print("total (method on the stack)", total, samples);
        Map<String, Integer> own = new HashMap<>(total);
        own.keySet().removeIf(m -> !m.startsWith("dev.crisiswatch."));
        print("total, the project's own methods", own, samples);
        return 0;
    }

    private void print(String title, Map<String, Integer> counts, int samples) {
        System.out.println("\n" + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("%6.1f%%  %s%n", 100.0 * en.getValue() / samples, en.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
