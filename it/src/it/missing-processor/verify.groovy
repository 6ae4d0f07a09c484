def log = new File(basedir, 'build.log').text
assert log.contains('No schema snapshot (META-INF/tracetrack/schema.json)')
assert log.contains('<artifactId>migration-processor</artifactId>')
def migrations = new File(basedir, 'src/main/java/com/example/migrations')
assert !migrations.exists() || migrations.list().length == 0
