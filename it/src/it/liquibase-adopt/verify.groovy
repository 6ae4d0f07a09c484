import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
    .findAll { it.name.endsWith('.java') }.sort { it.name }
assert classes.size() == 3 : classes
assert classes[0].text.contains('"db/changelog/changes/001-library.xml::1-author::ann"')
def id = { File f -> (f.text =~ /id = "(\w+)"/)[0][1] }

assert log.contains("Adopting the database: databasechangelog records 3 applied, up to db/changelog/changes/001-library.xml::3-shelf::bob: revision ${id(classes[2])}")
assert log.contains("Stamping base -> ${id(classes[2])} (no migration was run)")
assert !log.contains('Running upgrade')

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == [id(classes[2])]
    assert db.strings('SELECT id FROM databasechangelog ORDER BY orderexecuted') == ['1-author', '2-book', '3-shelf']
    assert db.strings('SELECT count(*) FROM tracetrack_history') == ['1']
} finally {
    db.close()
}
