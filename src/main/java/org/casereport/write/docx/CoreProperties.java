package org.casereport.write.docx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.casereport.model.Author;
import org.casereport.model.Metadata;
import org.casereport.model.PlainText;
import org.casereport.template.Ties;

/** The document properties (title, authors, subject, keywords, description, language, dates) from the metadata. */
final class CoreProperties {
    private CoreProperties() {
    }

    /** Sets the properties; {@code when} is the render's fixed timestamp, so the same input gives the same bytes. */
    static void write(DocxEnv env, Instant when) {
        Metadata meta = env.m().meta();
        String bodyLang = env.bodyLang();
        var core = env.doc().getProperties().getCoreProperties();
        List<String> titles = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (String lang : env.metaLangs()) {
            if (meta.title().has(lang)) titles.add(Ties.plain(PlainText.titled(PlainText.of(meta.title().get(lang)),
                    PlainText.of(meta.subtitle().get(lang)))));
            meta.keywords(lang).forEach(k -> keywords.add(Ties.plain(k)));
        }
        core.setTitle(String.join(" / ", titles));
        List<String> authors = new ArrayList<>();
        for (Author a : meta.authors()) authors.add(a.displayName(bodyLang));
        core.setCreator(String.join(", ", authors));
        core.setSubjectProperty(env.journal().string("name." + bodyLang, env.journal().name()));
        core.setKeywords(String.join(", ", keywords));
        List<String> paragraphs = meta.abstractText().get(bodyLang).stream().map(p -> Ties.plain(PlainText.of(p)))
                .filter(p -> !p.isEmpty()).toList();
        core.setDescription(paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs));
        core.setIdentifier(env.m().id());
        core.setLastModifiedByUser(null);
        core.getUnderlyingProperties().setLanguageProperty(DocxRuns.langTag(bodyLang));
        Date date = Date.from(when);
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setLastPrinted(Optional.empty());
        core.setRevision("1");
    }
}
