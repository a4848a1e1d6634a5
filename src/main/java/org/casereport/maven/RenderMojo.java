package org.casereport.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.casereport.build.Build;

/** Renders every case of the cases folder into PDF and DOCX (the reader's and transforms' diagnostics); fails the build when a case has errors. */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends CaseMojo {
    @Override
    Build.Mode mode() {
        return Build.Mode.RENDER;
    }
}
