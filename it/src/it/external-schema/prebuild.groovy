import io.tracetrack.migrations.it.ItDatabase

// The DBA creates the schema before any migration runs, and owns it.
def db = ItDatabase.open(basedir)
try {
    db.execute('CREATE ROLE ledger_dba')
    db.execute('CREATE SCHEMA ledger AUTHORIZATION ledger_dba')
} finally {
    db.close()
}
