def log = new File(basedir, 'build.log').text
assert log.contains('tracetrack.url is set but empty: give the JDBC URL (jdbc:postgresql://host:port/database)')
assert log.contains('The environment variable DATABASE_URL is set but empty')
assert log.contains('tracetrack.lockTimeout = -5 is negative')
assert log.contains('Skipping tracetrack:upgrade (tracetrack.skip)')
// None of the four runs used the embedded database, nor started it.
assert !log.contains('Database: embedded PostgreSQL')
assert !new File(basedir, '.tracetrack/pgdata').exists()
assert !log.contains('Running upgrade')
