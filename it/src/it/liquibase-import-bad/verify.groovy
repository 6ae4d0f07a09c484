def log = new File(basedir, 'build.log').text
assert log.contains('db/changelog.xml, changeset refresh-stats by zed: runAlways="true" runs it on every update')
def written = new File(basedir, 'src/main/java/com/example/migrations').listFiles().findAll { it.name != '.keep' }
assert written.isEmpty() : written
