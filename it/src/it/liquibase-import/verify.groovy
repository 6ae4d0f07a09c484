import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/migrations')
def classes = migrations.listFiles().findAll { it.name.endsWith('.java') }.sort { it.name }
// Four changesets; the test-context one is left out and said so.
assert classes.size() == 3 : classes
assert log.contains('Left out changeset 3-demo-data by ann (db/changelog/changes/001-shop.xml)')
assert log.contains('Imported 3 migrations from db/changelog/db.changelog-master.xml')
def first = classes[0].text
assert first.contains('Liquibase changeset 1-product by ann (db/changelog/changes/001-shop.xml): Products on sale')
assert first.contains('op.createTable("product"')
assert first.contains('column("title", "varchar(100)").notNull().unique()')
def second = classes[1].text
assert second.contains('INSERT INTO category (code) VALUES')
assert second.contains('op.dropTable("category")')
assert classes[2].text.contains('revises = ') && classes[2].text.contains('op.createSequence(')

def db = ItDatabase.open(basedir)
try {
    assert db.columns('product').keySet() as List == ['id', 'title', 'price', 'category']
    assert db.strings('SELECT code FROM category ORDER BY code') == ['BOOK', 'TOY']
    assert db.strings("SELECT count(*) FROM pg_sequences WHERE sequencename = 'stock_number'") == ['1']
    assert db.versions().size() == 1
} finally {
    db.close()
}

def changelog = new File(basedir, 'target/tracetrack/changelog.xml')
assert log.contains("Wrote the Liquibase changelog of base:head to ${changelog.absolutePath}")
def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(changelog)
def changeSets = xml.getElementsByTagName('changeSet')
assert changeSets.length == 3
for (int i = 0; i < changeSets.length; i++) {
    def changeSet = changeSets.item(i)
    assert changeSet.getAttribute('author') == 'tracetrack'
    assert changeSet.getAttribute('id') == (classes[i].text =~ /id = "(\w+)"/)[0][1]
    assert changeSet.getElementsByTagName('rollback').length == 1
}
