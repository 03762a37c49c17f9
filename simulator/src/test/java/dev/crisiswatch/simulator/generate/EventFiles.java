package dev.crisiswatch.simulator.generate;

import dev.crisiswatch.model.Event;
import dev.crisiswatch.model.EventKind;
import dev.crisiswatch.model.EventParser;
import dev.crisiswatch.model.InvalidRecordException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads generated JSON Lines back with the job's own parser, keeping the lines it rejects. */
final class EventFiles {
    final List<Event> events = new ArrayList<>();
    final List<byte[]> rejected = new ArrayList<>();
    int lines;

    static EventFiles read(Path file, EventKind kind) throws IOException {
        EventFiles out = new EventFiles();
        EventParser parser = new EventParser();
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] != '\n') continue;
            byte[] line = Arrays.copyOfRange(all, start, i);
            start = i + 1;
            out.lines++;
            try {
                out.events.add(parser.parse(kind, line));
            } catch (InvalidRecordException e) {
                out.rejected.add(line);
            }
        }
        return out;
    }
}
