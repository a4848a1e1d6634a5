package org.casereport.cite;

import org.casereport.diag.Limits.Limit;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;

/**
 * Reads a case's reference file — CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) — into CSL-JSON records with positions
 * (each record's first line). Bad input becomes diagnostics (rule {@code ref-syntax} and others), never an exception.
 * See docs/references.md for the field mapping of each format.
 */
public final class ReferenceReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private ReferenceReader() {
    }

    /**
     * @param file        the file to read
     * @param displayName how diagnostics name the file
     */
    public static List<Reference> read(Path file, String displayName, Diagnostics diagnostics) {
        SourcePos where = SourcePos.file(displayName);
        String text;
        try {
            long size = Files.size(file);
            if (Limit.REFERENCE_FILE_BYTES.exceeded(size)) {
                diagnostics.add(Limit.REFERENCE_FILE_BYTES.refuse(where, "the reference file is " + size + " bytes"));
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(file);
            org.casereport.source.Utf8.Malformed[] bad = new org.casereport.source.Utf8.Malformed[1];
            text = org.casereport.source.Utf8.decode(bytes, displayName, bad);
            if (text == null) {
                diagnostics.error("encoding", bad[0].pos(), bad[0].message());
                return List.of();
            }
        } catch (IOException e) {
            diagnostics.error("ref-syntax", where, "cannot read the reference file: " + e.getMessage());
            return List.of();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Reference> refs;
        if (name.endsWith(".json")) refs = readJson(text, displayName, diagnostics);
        else if (name.endsWith(".bib") || name.endsWith(".bibtex")) refs = BibTeXImport.read(text, displayName, diagnostics);
        else if (name.endsWith(".ris")) refs = RisImport.read(text, displayName, diagnostics);
        else {
            diagnostics.error("ref-syntax", where, "unknown reference file type: expected .json (CSL-JSON), .bib (BibTeX) or .ris (RIS)");
            return List.of();
        }
        if (Limit.REFERENCES.exceeded(refs.size())) {
            diagnostics.add(Limit.REFERENCES.refuse(where, "the reference file has " + refs.size() + " records"));
            return List.of();
        }
        return checkIds(refs, diagnostics);
    }

    /** Drops records without an id, and reports ids used twice. */
    private static List<Reference> checkIds(List<Reference> refs, Diagnostics diagnostics) {
        Map<String, Reference> seen = new HashMap<>();
        List<Reference> out = new ArrayList<>();
        for (Reference r : refs) {
            if (r.id() == null || r.id().isBlank()) {
                diagnostics.error("ref-missing-field", r.pos(), "a reference has no id (the key the text cites it by)");
                continue;
            }
            Reference before = seen.putIfAbsent(r.id(), r);
            if (before != null) {
                diagnostics.error("ref-duplicate-id", r.pos(), "the id \"" + r.id() + "\" is used twice (first at " + before.pos() + ")");
                continue;
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    static List<Reference> readJson(String text, String displayName, Diagnostics diagnostics) {
        SourcePos file = SourcePos.file(displayName);
        List<Reference> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                diagnostics.error("ref-syntax", file.at(1, 1), "the reference file is empty: expected a CSL-JSON array [ … ]");
                return out;
            }
            if (t != JsonToken.START_ARRAY) {
                JsonLocation l = p.currentTokenLocation();
                diagnostics.error("ref-syntax", file.at(l.getLineNr(), l.getColumnNr()), "expected a CSL-JSON array [ … ] of references");
                return out;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                JsonLocation l = p.currentTokenLocation();
                SourcePos pos = file.at(l.getLineNr(), l.getColumnNr());
                if (t != JsonToken.START_OBJECT) {
                    diagnostics.error("ref-syntax", pos, "expected a reference object { … }, found " + describe(t));
                    p.skipChildren();
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = MAPPER.readValue(p, LinkedHashMap.class);
                Object id = m.get("id");
                out.add(new Reference(id == null ? null : id.toString(), m, pos));
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                diagnostics.error("ref-syntax", file.at(l.getLineNr(), l.getColumnNr()), "unexpected text after the end of the array");
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            SourcePos pos = l == null ? file : file.at(l.getLineNr(), l.getColumnNr());
            diagnostics.error("ref-syntax", pos, "broken JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            diagnostics.error("ref-syntax", file, "cannot read the reference file: " + e.getMessage());
        }
        return out;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
