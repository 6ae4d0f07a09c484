def generated = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
        .findAll { it.name.endsWith('_CustomDataMigration.java') }
assert generated.size() == 1
def source = generated[0].text
assert source.contains('Revises: 1a2b3c4d5e6f')
assert source.contains('revises = "1a2b3c4d5e6f"')
assert source.contains('op.execute(')
def className = generated[0].name - '.java'
assert new File(basedir, "target/classes/com/example/migrations/${className}.class").isFile()
