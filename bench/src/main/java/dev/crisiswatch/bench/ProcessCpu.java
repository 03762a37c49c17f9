package dev.crisiswatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time from /proc: of a process (and its threads), and of the whole machine. Linux clock ticks (100 Hz). */
final class ProcessCpu {
    private static final double TICK_SECONDS = 0.01;

    private ProcessCpu() {}

    /** utime + stime of a process in seconds, 0 when it is gone. */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_SECONDS;
        } catch (IOException e) {
            return 0;
        }
    }

    /** {busy, total} CPU seconds of the machine, all cores. */
    static double[] machineSeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new double[] {(total - idle) * TICK_SECONDS, total * TICK_SECONDS};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the RocksDB instances under a TaskManager's tmp folder (folders named job_..._op_...). */
    static long rocksDbBytes(Path tmp) {
        if (!Files.isDirectory(tmp)) return 0;
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(p -> p.toString().contains("_op_") && Files.isRegularFile(p))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // deleted by a compaction while we walked
                        }
                    }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}
