package io.tracetrack.migrations.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails when the entities changed and no migration covers it ({@code flask db check}), one line per
 * difference with the command that fixes it. With a database (the configured one, or the embedded
 * default), also fails on migrations not applied, applied migrations that changed, and drift of
 * the live schema from the schema its revision should have; {@code -Dtracetrack.offline} skips
 * the database. Changes nothing. Compiles the project first, for the command line; in a POM
 * {@code <execution>}, use {@code check-build}, which does not fork a compile.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractCheckMojo {}
