import java.nio.file.Files

// The IT runs the example project itself: its entities and its committed migrations.
def example = new File(basedir, '../../../../examples/tracetrack-jpa/src').canonicalFile.toPath()
assert Files.isDirectory(example), "no example project at ${example}"
def target = new File(basedir, 'src').toPath()
Files.walk(example).withCloseable { paths ->
    paths.forEach { path ->
        def copy = target.resolve(example.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(copy)
        } else {
            Files.copy(path, copy)
        }
    }
}
true
