package db.migration;

/** A Flyway Java migration, as a team has them beside the scripts: reported by the import, not imported. */
public class V5__Backfill {}
