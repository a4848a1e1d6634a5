package org.casereport.write.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.casereport.model.Journal;

/**
 * What the PDF renderer may read: files of the journal's lookup folders (the case's own {@code template/},
 * {@code templates/<journal>/}, {@code templates/default/}), addressed as {@code template:/name}. Nothing else —
 * no {@code file:} paths, no network ({@code http:}, {@code https:}, {@code ftp:}, {@code jar:}…). Every refused
 * address is recorded, so a writer (or a test) can tell what a template tried to reach.
 */
final class ResourceSandbox implements FSUriResolver, FSStreamFactory, BiPredicate<String, ExternalResourceType> {
    /** The scheme of the journal's template files. */
    static final String SCHEME = "template";
    static final String BASE = SCHEME + ":/article.xhtml";
    /** Schemes the renderer must never open itself. */
    static final String[] REFUSED_SCHEMES = {"file", "http", "https", "ftp", "jar", "jrt", "classpath", "mailto", "netdoc"};

    private final Journal journal;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    ResourceSandbox(Journal journal) {
        this.journal = journal;
    }

    /** The addresses refused so far, in order. */
    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    // -------- FSUriResolver: only template:/name addresses come out

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null) return null;
        String u = uri.strip();
        try {
            URI parsed = new URI(u);
            if (parsed.getScheme() != null) {
                if (SCHEME.equalsIgnoreCase(parsed.getScheme()) && fileName(u) != null) return u;
                return refuse(uri);
            }
            if (u.startsWith("//")) return refuse(uri);
            String name = fileName(SCHEME + ":/" + u);
            return name == null ? refuse(uri) : SCHEME + ":/" + name;
        } catch (URISyntaxException e) {
            return refuse(uri);
        }
    }

    // -------- access control: a second gate, before and after resolving

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        if (uri == null) return false;
        String lower = uri.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) return type != ExternalResourceType.XML_XHTML && type != ExternalResourceType.PDF;
        if (lower.contains(":") && !lower.startsWith(SCHEME + ":")) {
            refuse(uri);
            return false;
        }
        return true;
    }

    // -------- stream factory for template:/name

    @Override
    public FSStream getUrl(String uri) {
        String name = uri == null ? null : fileName(uri);
        Path p;
        try {
            p = name == null ? null : journal.find(name);
        } catch (org.casereport.diag.CaseException e) {
            p = null; // links outside its folder: refused like any other address outside the template
        }
        if (p == null || !inside(p)) {
            refuse(uri);
            return refusedStream();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            refuse(uri);
            return refusedStream();
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
    }

    /** A factory for the schemes the renderer must not open: records the address and gives nothing. */
    FSStreamFactory refusing() {
        return uri -> {
            refuse(uri);
            return refusedStream();
        };
    }

    private static FSStream refusedStream() {
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    private String refuse(String uri) {
        refused.add(String.valueOf(uri));
        return null;
    }

    /** "template:/a/b.css" → "a/b.css"; null when it climbs out ("..") or is absolute. */
    static String fileName(String uri) {
        if (!uri.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1)) return null;
        String rest = uri.substring(SCHEME.length() + 1);
        int q = indexOfAny(rest, "?#");
        if (q >= 0) rest = rest.substring(0, q);
        while (rest.startsWith("/")) rest = rest.substring(1);
        if (rest.isEmpty() || rest.contains("\\") || rest.contains(":") || rest.contains("%")) return null;
        for (String part : rest.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return null;
        }
        return rest;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** The real file (links followed) still lies in one of the lookup folders. */
    private boolean inside(Path p) {
        try {
            Path real = p.toRealPath();
            for (Path d : journal.dirs()) {
                if (Files.isDirectory(d) && real.startsWith(d.toRealPath())) return true;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
