package org.casereport.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.casereport.build.Build;

/** Runs the editor's checks on every case of the cases folder (metadata, CARE items, damaged text, Russian typography, references); writes nothing; fails the build when a case has errors. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class CheckMojo extends CaseMojo {
    @Override
    Build.Mode mode() {
        return Build.Mode.CHECK;
    }
}
