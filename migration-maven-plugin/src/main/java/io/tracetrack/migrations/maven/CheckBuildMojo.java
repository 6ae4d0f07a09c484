package io.tracetrack.migrations.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The same as {@code check}, for an {@code <execution>} in the POM: it runs in the build's own
 * lifecycle (by default in {@code verify}) instead of forking a compile, which would replace the
 * project's packaged artifact with its classes folder.
 */
@Mojo(name = "check-build", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckBuildMojo extends AbstractCheckMojo {}
