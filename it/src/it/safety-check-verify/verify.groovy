def log = new File(basedir, 'build.log').text
assert log.contains('(check-migrations) @ safety-check-verify')
assert log.contains('tracetrack:check found 2 differences:')
assert log.contains('column "user"."last_login" (timestamp) is in the entities but not in the migrations')
assert log.contains('column "user"."username" is varchar(120) in the entities but varchar(80) in the migrations')
assert log.contains('Fix: mvn tracetrack:migrate -Dtracetrack.message="Describe the change"')
assert log.contains('Database not checked (offline)')
// Offline: no database was started.
assert !new File(basedir, '.tracetrack').exists()
// check-build runs in the build's lifecycle: no forked compile replacing the packaged jar.
assert !log.contains("Overwriting artifact's file")
assert log.contains('migration-maven-plugin:0.1.0-SNAPSHOT:check-build (check-migrations)') || log.contains(':check-build (check-migrations) @ safety-check-verify')
