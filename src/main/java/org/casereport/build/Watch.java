package org.casereport.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code casereport watch}: builds one case, then again on every save of a file of the case folder or of the
 * templates folder, in the same process (so the second and later renders are warm). A save that breaks the case
 * reports its errors and leaves the last good outputs in place: {@link Build#one} writes outputs only when the
 * whole case renders and the check finds no error. The render starts as soon as the case is read and runs beside
 * the checker's rules ({@link RenderBeside}): one case is built at a time, so the two share the cores.
 */
public final class Watch {
    /** Quiet time after the last change before rebuilding: an editor's save is often several events. */
    static final long SETTLE_MS = 40;

    public interface Listener {
        /** Each build, the first one included; {@code trigger} is the changed file (null for the first). */
        void built(Build.CaseResult result, Path trigger);
    }

    private Watch() {
    }

    /**
     * Watches until {@code stop} says so (checked at least every 200 ms) or the thread is interrupted.
     */
    public static void run(Path caseDir, Build.Options options, Listener listener, BooleanSupplier stop) throws IOException {
        Build.Options o = new Build.Options(options.output(), options.templates(), options.mode(), options.formats(),
                1, true, false, options.careFiles());
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> keys = new HashMap<>();
            registerTree(ws, caseDir, keys);
            if (options.templates() != null) registerTree(ws, options.templates(), keys);
            listener.built(Build.one(caseDir, null, o, true), null);
            while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                WatchKey key;
                try {
                    key = ws.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ClosedWatchServiceException e) {
                    return;
                }
                if (key == null) continue;
                Path trigger = drain(ws, key, keys);
                // let the save settle: collect whatever else arrives within SETTLE_MS of the last event
                while (true) {
                    WatchKey more;
                    try {
                        more = ws.poll(SETTLE_MS, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (more == null) break;
                    Path t = drain(ws, more, keys);
                    if (trigger == null) trigger = t;
                }
                if (trigger == null) continue;   // only editor scratch files changed
                if (options.templates() != null && trigger.startsWith(options.templates())) Fingerprint.forgetTemplates();
                listener.built(Build.one(caseDir, null, o, true), trigger);
            }
        }
    }

    /** The first file of interest among the key's events (new folders are watched too); null when none. */
    private static Path drain(WatchService ws, WatchKey key, Map<WatchKey, Path> keys) {
        Path dir = keys.get(key);
        Path first = null;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null || e.kind() == StandardWatchEventKinds.OVERFLOW) {
                if (first == null && dir != null) first = dir;
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(ws, p, keys);
                } catch (IOException ignored) {
                    // a folder that vanished at once: nothing to watch
                }
            }
            if (first == null && !scratch(p)) first = p;
        }
        if (!key.reset()) keys.remove(key);
        return first;
    }

    /** Editor back-ups, swap and lock files, and the build's own partial files. */
    static boolean scratch(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        return n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx") || n.endsWith(".tmp")
                || n.endsWith(".part") || n.startsWith("#") || n.endsWith(".orig");
    }

    private static void registerTree(WatchService ws, Path root, Map<WatchKey, Path> keys) throws IOException {
        if (!Files.isDirectory(root)) return;
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(root)) {
            dirs = s.filter(Files::isDirectory).toList();
        }
        for (Path d : dirs) {
            WatchKey k = d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            keys.put(k, d);
        }
    }
}
