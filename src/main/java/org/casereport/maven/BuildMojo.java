package org.casereport.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.casereport.build.Build;

/** Checks every case of the cases folder, then renders the ones without errors into PDF and DOCX; fails the build when a case has errors (or warnings, with strict). */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends CaseMojo {
    @Override
    Build.Mode mode() {
        return Build.Mode.BUILD;
    }
}
