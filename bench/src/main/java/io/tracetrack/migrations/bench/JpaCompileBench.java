package io.tracetrack.migrations.bench;

import io.tracetrack.migrations.processor.EntityProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
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
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
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
 *
 * <p>With {@code -Dbench.before=CLASSPATH} (the classes and jars of another build of our processor
 * and its schema module), that build runs as a fifth variant, in a class loader of its own, so two
 * builds are compared run after run in one JVM. For our processors the CPU time spent inside their
 * {@code process} calls is printed too: it includes javac completing symbols on their behalf, and
 * is far steadier than the totals.
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

  private static final String BEFORE = System.getProperty("bench.before", "");

  private record Variant(String key, String name, List<String> options, Supplier<List<Processor>> processors) {}

  /** The CPU time of the calling thread inside a processor's {@code process} calls, summed over a compile. */
  static final class TimedProcessor implements Processor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Processor processor;
    private long cpuNanos;

    TimedProcessor(Processor processor) {
      this.processor = processor;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = THREADS.getCurrentThreadCpuTime();
      try {
        return processor.process(annotations, round);
      } finally {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
      }
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      processor.init(environment);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return processor.getCompletions(element, annotation, member, userText);
    }
  }

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("tt-jpa-bench");
    List<Path> sources = JpaEntitySources.write(work.resolve("src"), ENTITIES);
    List<Variant> variants = List.of(
        new Variant("none", "javac, no processor", List.of("-proc:none"), List::of),
        new Variant("noop", "javac + do-nothing processor", List.of(), () -> List.of(new DoNothingProcessor())),
        new Variant("ours", "javac + TraceTrack processor", List.of("-Atracetrack.naming=spring"),
            () -> List.of(new TimedProcessor(new EntityProcessor()))),
        new Variant("before", "javac + TraceTrack processor, the build at bench.before",
            List.of("-Atracetrack.naming=spring"), () -> List.of(new TimedProcessor(processorBefore()))),
        new Variant("hibernate", "javac + Hibernate metamodel processor 6.6", List.of(), () -> List.of(hibernateProcessor())))
        .stream().filter(v -> v.key().equals("none") || ONLY.contains(v.key())
            || v.key().equals("before") && !BEFORE.isEmpty()).toList();
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
    System.out.println("| javac on the entities | CPU ms (median) | CPU ratio to javac alone | wall ms (median) | wall ratio"
        + " | CPU ms in `process` (median) |");
    System.out.println("|---|---|---|---|---|---|");
    samples.forEach((name, s) -> System.out.printf("| %s | %.0f | %.3f | %.0f | %.3f | %s |%n", name, median(s, 1),
        median(s, 1) / noneCpu, median(s, 0), median(s, 0) / noneWall,
        median(s, 2) > 0 ? String.format("%.0f", median(s, 2)) : "-"));
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
    List<Processor> processors = variant.processors().get();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(processors);
      if (!task.call()) {
        throw new IllegalStateException(variant.name() + ": javac failed:\n" + messages);
      }
    }
    double wall = (System.nanoTime() - start) / 1e6;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    double inProcess = processors.stream().filter(p -> p instanceof TimedProcessor)
        .mapToLong(p -> ((TimedProcessor) p).cpuNanos).sum() / 1e6;
    return new double[] {wall, cpu, inProcess};
  }

  /**
   * Our processor as built at {@code bench.before}, from one class loader of its own (made once, so
   * that its classes warm up as ours do) that looks there first; the libraries it needs come from
   * this JVM's class path, after it.
   */
  private static Processor processorBefore() {
    try {
      return (Processor) beforeLoader().loadClass(EntityProcessor.class.getName()).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("bench.before: cannot load our processor from " + BEFORE, e);
    }
  }

  private static ClassLoader beforeLoader;

  private static synchronized ClassLoader beforeLoader() {
    if (beforeLoader == null) {
      List<URL> urls = new ArrayList<>();
      for (String entry : (BEFORE + File.pathSeparator + System.getProperty("java.class.path")).split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          try {
            urls.add(Path.of(entry).toUri().toURL());
          } catch (MalformedURLException e) {
            throw new IllegalStateException("bench.before: not a class path entry: " + entry, e);
          }
        }
      }
      beforeLoader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
    return beforeLoader;
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
