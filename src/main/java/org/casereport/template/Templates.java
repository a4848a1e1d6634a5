package org.casereport.template;

import org.casereport.model.Journal;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.diag.Limits.Limit;

/**
 * The safe Freemarker set-up for journal templates. A template may come from a case's own {@code template/}
 * folder, so it is treated as untrusted: it cannot create Java objects ({@code ?new}), reach the Java API
 * ({@code ?api}), read files outside the journal's lookup folders, or see anything but plain maps, lists,
 * strings, numbers and booleans. {@code .ftlh} templates are auto-escaped (HTML/XHTML output format).
 */
public final class Templates {
    private final Configuration cfg;
    private final Journal journal;

    private Templates(Journal journal, Configuration cfg) {
        this.journal = journal;
        this.cfg = cfg;
    }

    /**
     * A configuration that loads templates only from {@link Journal#dirs()}, in their lookup order. The configuration
     * and its parsed templates are kept for the process while the folders' files stay the same (see
     * {@link TemplateCache}): a build renders many cases with one journal, a watch renders one case many times.
     */
    public static Templates forJournal(Journal journal) {
        return new Templates(journal, TemplateCache.configuration(journal.dirs(), () -> configure(journal)));
    }

    private static Configuration configure(Journal journal) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setRecognizeStandardFileExtensions(true);       // .ftlh → HTML output format, auto-escaped
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);      // also escape in templates with other names
        SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path d : journal.dirs()) {
            if (!Files.isDirectory(d)) continue;
            try {
                // FileTemplateLoader refuses names that resolve outside its base folder (also through links)
                loaders.add(new FileTemplateLoader(d.toFile(), false));
            } catch (IOException e) {
                throw new CaseException(Diagnostic.error("template-folder", SourcePos.file(d.toString()),
                        "cannot read template folder: " + e.getMessage()));
            }
        }
        cfg.setTemplateLoader(new ReproducibleLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]))));
        return cfg;
    }

    public Journal journal() {
        return journal;
    }

    /**
     * Renders one template with a plain view model.
     *
     * @throws CaseException with the template's file:line:col when the template is missing or fails
     */
    public String render(String templateName, Map<String, Object> model) {
        Template t;
        try {
            t = cfg.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new CaseException(Diagnostic.error("template-missing", SourcePos.file(templateName),
                    "template " + templateName + " not found in " + journal.dirs()));
        } catch (ParseException e) {
            throw new CaseException(Diagnostic.error("template-syntax",
                    new SourcePos(where(e.getTemplateName(), templateName), e.getLineNumber(), e.getColumnNumber()),
                    firstLine(e.getEditorMessage())));
        } catch (ReproducibleLoader.Refused e) {
            throw refused(e, templateName);
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("template-read", SourcePos.file(templateName),
                    "cannot read template: " + e.getMessage()));
        }
        // loops and includes look for an interruption: the template's time limit interrupts them (once per parsed
        // template: the configuration keeps it for later renders)
        TemplateCache.interruptible(t);
        if (!(t.getOutputFormat() instanceof freemarker.core.MarkupOutputFormat<?>) || !t.getAutoEscaping()) {
            throw new CaseException(Diagnostic.error("template-escaping", SourcePos.file(where(t.getSourceName(), templateName)),
                    "template " + templateName + " must auto-escape (HTML/XHTML output format): text from the case "
                            + "would otherwise become markup"));
        }
        BoundedWriter out = new BoundedWriter(Limit.TEMPLATE_OUTPUT_BYTES.get());
        SourcePos at = SourcePos.file(where(t.getSourceName(), templateName));
        Thread self = Thread.currentThread();
        long seconds = Limit.TEMPLATE_SECONDS.get();
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> alarm = TIMER.schedule(() -> {
            timedOut.set(true);
            self.interrupt();
        }, seconds, java.util.concurrent.TimeUnit.SECONDS);
        try {
            t.process(model, out);
        } catch (BoundedWriter.Full e) {
            throw new CaseException(Limit.TEMPLATE_OUTPUT_BYTES.refuse(at, "the template wrote too much"));
        } catch (StackOverflowError e) {
            throw new CaseException(Diagnostic.error("template-recursion", at,
                    "the template calls itself without end (a macro or include that never stops)"));
        } catch (OutOfMemoryError e) {
            throw new CaseException(Diagnostic.error("template-memory", at,
                    "the template built a value too large for memory (a string or list that doubles, say)"));
        } catch (RuntimeException e) {
            // Freemarker's own "interrupted" exception, thrown by the checks the time limit relies on
            if (timedOut.get()) throw new CaseException(Limit.TEMPLATE_SECONDS.refuse(at, "the template ran longer than " + seconds + " s"));
            throw e;
        } catch (TemplateException e) {
            if (timedOut.get() || causedBy(e, BoundedWriter.Full.class) != null) {
                BoundedWriter.Full full = causedBy(e, BoundedWriter.Full.class);
                if (full != null) throw new CaseException(Limit.TEMPLATE_OUTPUT_BYTES.refuse(at, "the template wrote too much"));
                throw new CaseException(Limit.TEMPLATE_SECONDS.refuse(at, "the template ran longer than " + seconds + " s"));
            }
            ReproducibleLoader.Refused r = causedBy(e, ReproducibleLoader.Refused.class);
            if (r != null) throw refused(r, templateName);
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw new CaseException(Diagnostic.error("template-error",
                    new SourcePos(where(e.getTemplateSourceName(), templateName), line == null ? 0 : line,
                            col == null ? 0 : col),
                    firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("template-error", SourcePos.file(templateName),
                    "template output failed: " + e.getMessage()));
        } finally {
            alarm.cancel(false);
            if (timedOut.get()) Thread.interrupted(); // the interruption was ours: clear it
        }
        return out.toString();
    }

    /** One timer thread for every template's time limit. */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread th = new Thread(r, "template time limit");
                th.setDaemon(true);
                return th;
            });

    private CaseException refused(ReproducibleLoader.Refused e, String templateName) {
        return new CaseException(Diagnostic.error("template-unreproducible",
                new SourcePos(where(e.name, templateName), e.line, e.column), e.what));
    }

    private static <X extends Throwable> X causedBy(Throwable e, Class<X> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    private String where(String sourceName, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        Path p = journal.find(name);
        return p == null ? name : p.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
