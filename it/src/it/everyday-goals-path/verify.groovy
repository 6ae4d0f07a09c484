def log = new File(basedir, 'build.log').readLines()

// Maven -X: "Populating class realm plugin>GROUP:ARTIFACT:VERSION", then one "Included: g:a:type:v" per jar.
def start = log.findIndexOf { it.contains('Populating class realm plugin>io.tracetrack:migration-maven-plugin:') }
assert start >= 0 : 'no class realm of the plugin in the debug log'
def realm = log.drop(start + 1).takeWhile { it.contains('Included: ') }
    .collect { it.substring(it.indexOf('Included: ') + 'Included: '.length()).trim() }
assert realm.any { it.startsWith('io.tracetrack:migration-core:') } : "the realm as read: ${realm}"
def importOnly = realm.findAll {
    it.startsWith('org.liquibase:') || it.startsWith('org.flywaydb:') || it.startsWith('org.yaml:')
        || it.startsWith('io.tracetrack:migration-import:')
}
assert importOnly.isEmpty() : "the everyday goals load the import goals' libraries: ${importOnly}"
// Nor, when no database is started (the offline check), the embedded database's library.
def embeddedOnly = realm.findAll { it.startsWith('io.zonky.test:') || it.startsWith('org.apache.commons:commons-compress:') }
assert embeddedOnly.isEmpty() : "the offline check loads the embedded database's library: ${embeddedOnly}"


def changelog = new File(basedir, 'target/tracetrack/changelog.xml')
assert changelog.isFile()
def xml = changelog.text
assert xml.contains('<changeSet') && xml.contains('id="1a2b3c4d5e6f"')
assert xml.contains('CREATE TABLE "user"')

assert log.any { it.contains('Database: embedded PostgreSQL') }
assert log.any { it.contains('Current revision: base (no migration applied)') }
