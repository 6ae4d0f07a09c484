def log = new File(basedir, 'build.log').text
assert log.contains('Database: jdbc:postgresql://127.0.0.1:1/tracetrack_app as app')
assert log.contains('Cannot reach the database at jdbc:postgresql://127.0.0.1:1/tracetrack_app')
// The password is on the command line that build.log echoes; it must appear nowhere else.
def mentions = log.readLines().findAll { it.contains('s3cret-Pa55') }
assert mentions.every { it.contains('-Dtracetrack.password=s3cret-Pa55') && !it.contains('ERROR') }
