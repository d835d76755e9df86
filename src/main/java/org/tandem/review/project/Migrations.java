package org.tandem.review.project;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.tandem.input.BadInputException;

/**
 * The project file's schema, as numbered migrations: migration {@code k} takes {@code PRAGMA
 * user_version} from {@code k} to {@code k + 1}. Each runs in one transaction with the version bump, so
 * a file is never left half-migrated. Add a migration at the end; never change one that has shipped.
 */
final class Migrations {
    /** SQLite's {@code application_id} for Tandem review projects ("TNDM"): tells our files from others. */
    static final int APPLICATION_ID = 0x544E444D;

    private static final List<List<String>> STEPS = List.of(List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE segment (side TEXT NOT NULL CHECK (side IN ('source', 'target')), position INTEGER NOT NULL,"
                    + " text TEXT NOT NULL, paragraph INTEGER NOT NULL, PRIMARY KEY (side, position))",
            "CREATE TABLE bead (id INTEGER PRIMARY KEY, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,"
                    + " target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, score REAL NOT NULL,"
                    + " status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'rejected')), note TEXT NOT NULL,"
                    + " edited_target TEXT, flags TEXT NOT NULL, version INTEGER NOT NULL)",
            "CREATE INDEX bead_order ON bead (source_start, target_start)",
            "CREATE TABLE event (seq INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, action TEXT NOT NULL,"
                    + " bead_id INTEGER, target_seq INTEGER, before TEXT NOT NULL, after TEXT NOT NULL)",
            // The log is the audit trail and the source of undo: the database itself refuses to rewrite it.
            "CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
            "CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
            "PRAGMA application_id = " + APPLICATION_ID));

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /** Brings the schema up to date. */
    static void apply(Connection connection, String file) throws SQLException {
        int version = userVersion(connection);
        if (version > latest()) {
            throw new BadInputException(file + ": the project was written by a newer Tandem (schema " + version
                    + ", this one knows up to " + latest() + ")");
        }
        for (int step = version; step < latest(); step++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : STEPS.get(step)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + (step + 1));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        return pragma(connection, "user_version");
    }

    static int applicationId(Connection connection) throws SQLException {
        return pragma(connection, "application_id");
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
