package io.tracetrack.migrations.bench;

import io.tracetrack.migrations.processor.EntityProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac on 1,000 generated JPA entities ({@link JpaEntitySources}), four ways, in one JVM: without
 * annotation processing, with a processor that claims every annotation and does nothing (the cost
 * of processing rounds alone), with our processor ({@code -Atracetrack.naming=spring}), and with
 * Hibernate's JPA metamodel generator (6.6's {@code org.hibernate.processor.HibernateProcessor},
 * shipped as {@code hibernate-jpamodelgen}), which also writes and compiles a metamodel class per
 * entity. Each round runs the four in a rotated order, so that drift of a shared machine spreads
 * over all of them; medians of the timed rounds after warm-up rounds. The figure that decides is
 * the CPU time of the compiling thread (javac and the processors run on it), which other processes
 * on a shared machine do not inflate the way they inflate wall time; wall time is printed beside it.
 */
public final class JpaCompileBench {
  private static final int ENTITIES = Integer.getInteger("bench.entities", 1000);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 11);
  /** Which variants run, by key; all four by default (javac alone always runs: it is the baseline). */
  private static final List<String> ONLY = List.of(System.getProperty("bench.variants", "none,noop,ours,hibernate").split(","));

  private JpaCompileBench() {}

  /** A processor that claims every annotation and does nothing with them. */
  static final class DoNothingProcessor extends AbstractProcessor {
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

  private record Variant(String key, String name, List<String> options, Supplier<List<Processor>> processors) {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("tt-jpa-bench");
    List<Path> sources = JpaEntitySources.write(work.resolve("src"), ENTITIES);
    List<Variant> variants = List.of(
        new Variant("none", "javac, no processor", List.of("-proc:none"), List::of),
        new Variant("noop", "javac + do-nothing processor", List.of(), () -> List.of(new DoNothingProcessor())),
        new Variant("ours", "javac + TraceTrack processor", List.of("-Atracetrack.naming=spring"),
            () -> List.of(new EntityProcessor())),
        new Variant("hibernate", "javac + Hibernate metamodel processor 6.6", List.of(), () -> List.of(hibernateProcessor())))
        .stream().filter(v -> v.key().equals("none") || ONLY.contains(v.key())).toList();
    System.out.printf("JVM %s, max heap %d MB, %d processors; %d entities in %d source files, %d warm-up + %d timed rounds%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors(), ENTITIES, sources.size(), WARMUP, ROUNDS);

    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    variants.forEach(v -> samples.put(v.name(), new ArrayList<>()));
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      for (int k = 0; k < variants.size(); k++) {
        Variant variant = variants.get((round + k) % variants.size());
        double[] sample = compile(variant, sources, work.resolve("out"));
        if (round >= WARMUP) {
          samples.get(variant.name()).add(sample);
        }
      }
    }
    print(samples);
    deleteTree(work);
  }

  /** Medians of CPU time (index 1) and wall time (index 0), each as a ratio to javac alone. */
  private static void print(Map<String, List<double[]>> samples) {
    double noneCpu = median(samples.get(variantsFirst(samples)), 1);
    double noneWall = median(samples.get(variantsFirst(samples)), 0);
    System.out.println();
    System.out.println("| javac on the entities | CPU ms (median) | CPU ratio to javac alone | wall ms (median) | wall ratio |");
    System.out.println("|---|---|---|---|---|");
    samples.forEach((name, s) -> System.out.printf("| %s | %.0f | %.3f | %.0f | %.3f |%n", name, median(s, 1),
        median(s, 1) / noneCpu, median(s, 0), median(s, 0) / noneWall));
  }

  private static String variantsFirst(Map<String, List<double[]>> samples) {
    return samples.keySet().iterator().next();
  }

  /** One javac run into an empty output folder: {wall ms, CPU ms of this thread}. */
  private static double[] compile(Variant variant, List<Path> sources, Path out) throws IOException {
    deleteTree(out);
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
        "-d", out.resolve("classes").toString(), "-s", out.resolve("generated").toString(), "-encoding", "UTF-8",
        "-implicit:none"));
    options.addAll(variant.options());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(variant.processors().get());
      if (!task.call()) {
        throw new IllegalStateException(variant.name() + ": javac failed:\n" + messages);
      }
    }
    return new double[] {(System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6};
  }

  private static Processor hibernateProcessor() {
    try {
      return (Processor) Class.forName("org.hibernate.processor.HibernateProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hibernate's processor is not on the class path", e);
    }
  }

  private static double median(List<double[]> samples, int index) {
    double[] sorted = samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
