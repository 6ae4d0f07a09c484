package io.tracetrack.migrations.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What our annotation processor adds to javac: a clean compile of {@code count} entities of twenty
 * columns with it, against the same compile with a processor that does nothing (javac in this JVM,
 * run after run interleaved, the first round a warm-up).
 */
final class ProcessorBench {
  private static final String OURS = "io.tracetrack.migrations.processor.EntityProcessor";

  private ProcessorBench() {}

  /** Claims every annotation and does nothing: javac's cost of running any processor at all. */
  public static final class NothingProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /**
   * Medians of {@code runs} compiles with ours and with the do-nothing processor: wall seconds, then
   * CPU seconds of the compiling thread (javac runs in the caller's), which other processes on a
   * shared machine stretch far less. The order alternates from round to round, so that neither
   * always pays for the garbage the other left.
   */
  static double[] run(int count, int runs, Path work) throws Exception {
    List<String> sources = entities(count, work.resolve("entities" + count + "/src"));
    double[][] ours = new double[2][runs];
    double[][] nothing = new double[2][runs];
    for (int r = -1; r < runs; r++) {
      double[] withOurs;
      double[] withNothing;
      if (r % 2 == 0) {
        withOurs = compile(sources, OURS, work.resolve("entities" + count + "/ours"));
        withNothing = compile(sources, NothingProcessor.class.getName(), work.resolve("entities" + count + "/nothing"));
      } else {
        withNothing = compile(sources, NothingProcessor.class.getName(), work.resolve("entities" + count + "/nothing"));
        withOurs = compile(sources, OURS, work.resolve("entities" + count + "/ours"));
      }
      for (int i = 0; r >= 0 && i < 2; i++) {
        ours[i][r] = withOurs[i];
        nothing[i][r] = withNothing[i];
      }
    }
    return new double[] {ApplyBench.median(ours[0]), ApplyBench.median(nothing[0]),
        ApplyBench.median(ours[1]), ApplyBench.median(nothing[1])};
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall and CPU seconds of one clean compile. */
  private static double[] compile(List<String> sources, String processor, Path classes) throws Exception {
    Trees.delete(classes);
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        System.getProperty("java.class.path"), "-processor", processor));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    if (javac.run(null, out, out, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("javac failed with " + processor + ": " + out.toString(StandardCharsets.UTF_8));
    }
    return new double[] {(System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9};
  }

  /** {@code count} entity classes of twenty columns each: a key, strings, numbers, dates, a flag. */
  static List<String> entities(int count, Path dir) throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("bench/model"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = String.format("Entity%04d", i);
      StringBuilder body = new StringBuilder("package bench.model;\n\n"
          + "import io.tracetrack.migrations.entity.*;\n\n"
          + "@Entity\npublic class " + name + " {\n  @Id private long id;\n");
      for (int c = 1; c < 20; c++) {
        body.append(switch (c % 5) {
          case 0 -> "  @Column(length = 80, nullable = false) private String name" + c + ";\n";
          case 1 -> "  private int count" + c + ";\n";
          case 2 -> "  private java.math.BigDecimal amount" + c + ";\n";
          case 3 -> "  private java.time.LocalDateTime at" + c + ";\n";
          default -> "  private Boolean flag" + c + ";\n";
        });
      }
      Path file = pkg.resolve(name + ".java");
      Files.writeString(file, body.append("}\n"));
      files.add(file.toString());
    }
    return files;
  }
}
