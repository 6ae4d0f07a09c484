import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
def modelSources = new File(basedir, 'model/src/main/java').canonicalPath
def migrations = new File(basedir, 'db/src/main/java/com/example/migrations')

// 1. From the root: goals run in db only, with one line for each module they skip.
assert log.contains('Skipping tracetrack:upgrade in multi-module: packaging pom')
assert log.contains('Skipping tracetrack:upgrade in model: no package com.example.migrations in its sources and no migration-maven-plugin in its POM')
assert log.contains(':check-build (check-migrations) @ db')
assert log.contains('No differences: the entities and the migrations agree (offline: the database was not checked)')
assert log.contains('Running upgrade  -> 1a2b3c4d5e6f, Initial schema')

// 3. db alone, after the entity changed: out of date, and what to run instead.
assert log.contains('The entities tracetrack:migrate would read are out of date: module model changed after it was last built: '
        + modelSources + '/com/example/model/User.java')
assert log.contains('run mvn -pl db -am tracetrack:migrate (or mvn tracetrack:migrate for the whole build)')
assert !log.contains('No changes detected')

// 4. From the root: the migration for the changed entity, written in db.
def first = migrations.listFiles().find { it.name.endsWith('_AddLastLoginToUser.java') }
assert first != null
def firstId = (first.text =~ /Revision ID: ([0-9a-f]{12})/)[0][1]
assert first.text.contains('op.addColumn("user", column("last_login", "timestamp"));')
assert log.contains('Skipping tracetrack:migrate in multi-module: packaging pom')

// 5. verify passes with it; upgrade applies it.
assert log.contains("Running upgrade 1a2b3c4d5e6f -> ${firstId}, Add last_login to user")

// 7. db alone, after model was compiled: model's classes folder, newer than its jar, is used.
assert log.contains('Entities of module model from ' + new File(basedir, 'model/target/classes').canonicalPath)
def second = migrations.listFiles().find { it.name.endsWith('_AddDisplayNameToUser.java') }
assert second != null
assert second.text.contains("Revises: ${firstId}")
assert second.text.contains('op.addColumn("user", column("display_name", "varchar(100)"));')

// 8. A mistyped package, with the database at a revision.
assert log.contains('No migrations found in package com.example.typo (searched '
        + new File(basedir, 'db/target/classes/com/example/typo').canonicalPath + '), but the database ')
assert log.contains("is at revision ${firstId}. Check migrationsPackage (tracetrack.migrationsPackage)")

def db = ItDatabase.open(new File(basedir, 'db'))
try {
    assert db.columns('user').keySet() as List == ['id', 'username', 'email', 'last_login']
    assert db.versions() == [firstId]
} finally {
    db.close()
}
