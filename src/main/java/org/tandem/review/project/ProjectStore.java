package org.tandem.review.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;
import org.tandem.align.Bead;
import org.tandem.segment.Segment;
import org.tandem.write.ReviewStatus;

/**
 * The project file: an SQLite database holding both documents' segments, the beads as they stand and
 * the append-only event log. Every change is one transaction (the bead rows, the event and the
 * revision together), in WAL mode: a process killed at any moment leaves every committed action in
 * the file and none half-done. {@code synchronous=NORMAL} is enough for that; it is power loss, not a
 * killed process, that it could cost the last commits of.
 *
 * <p>Not thread-safe: {@link ReviewProject} serialises access.
 */
final class ProjectStore implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final String file;

    private ProjectStore(Connection connection, String file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Writes a new project file for {@code alignment}: built under a temporary name beside it and
     * renamed into place only when complete, so no half-written project is ever left behind.
     */
    static ProjectStore create(Path path, Alignment alignment, String toolVersion) {
        if (Files.exists(path)) {
            throw new BadInputException(path + " exists already; open it with --project " + path);
        }
        Path temp = path.resolveSibling("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (ProjectStore store = connect(temp, true)) {
                store.fill(alignment, toolVersion);
                try (Statement statement = store.connection.createStatement()) {
                    store.connection.setAutoCommit(true);
                    // Fold the WAL back into the file before the rename: the project is then one file.
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    statement.execute("PRAGMA journal_mode = DELETE");
                }
            }
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BadInputException("cannot write " + path + ": " + firstLine(e), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(Path.of(temp + "-wal"));
            deleteQuietly(Path.of(temp + "-shm"));
        }
        return open(path);
    }

    /** Opens an existing project file; a missing, foreign or damaged file is a one-line {@link BadInputException}. */
    static ProjectStore open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": no such project file");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            throw new BadInputException(path + ": the project file must be readable and writable");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(header, 0, header.length) != header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new BadInputException(path + ": not a Tandem review project (not an SQLite database)");
            }
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read the project file: " + e.getMessage(), e);
        }
        ProjectStore store = null;
        try {
            store = connect(path, false);
            int id = Migrations.applicationId(store.connection);
            if (id != Migrations.APPLICATION_ID) {
                throw new BadInputException(path + ": not a Tandem review project (an SQLite database of another program)");
            }
            Migrations.apply(store.connection, path.toString());
            store.checkReadable();
            return store;
        } catch (SQLException e) {
            closeQuietly(store);
            throw new BadInputException(path + ": the project file is damaged (" + firstLine(e) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    private static ProjectStore connect(Path path, boolean create) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        if (!create) {
            config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        }
        config.setBusyTimeout(5_000);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.setAutoCommit(false);
        ProjectStore store = new ProjectStore(connection, path.toString());
        if (create) {
            Migrations.apply(connection, path.toString());
        }
        return store;
    }

    /** Reads every table once: a damaged page shows now, as one line, not in the middle of a review. */
    private void checkReadable() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            if (rows.next() && !"ok".equals(rows.getString(1))) {
                throw new SQLException(rows.getString(1));
            }
        }
        if (meta("name") == null || meta("source_language") == null) {
            throw new SQLException("its description is missing");
        }
        connection.rollback();
    }

    private void fill(Alignment alignment, String toolVersion) throws SQLException {
        try (PreparedStatement meta = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : Map.of(
                    "name", alignment.name(),
                    "source_language", alignment.sourceLanguage(),
                    "target_language", alignment.targetLanguage(),
                    "tool_version", toolVersion,
                    "created", Instant.now().toString(),
                    "revision", "0",
                    "next_bead_id", Integer.toString(alignment.beads().size() + 1)).entrySet()) {
                meta.setString(1, entry.getKey());
                meta.setString(2, entry.getValue());
                meta.addBatch();
            }
            meta.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO segment (side, position, text, paragraph) VALUES (?, ?, ?, ?)")) {
            addSegments(insert, "source", alignment.source());
            addSegments(insert, "target", alignment.target());
            insert.executeBatch();
        }
        List<ProjectBead> beads = new ArrayList<>();
        for (int k = 0; k < alignment.beads().size(); k++) {
            var flagged = alignment.beads().get(k);
            beads.add(ProjectBead.fresh(k + 1, flagged.bead(), flagged.score(), flagged.flags().stream()
                    .map(ProjectFlag::open).toList()));
        }
        insertBeads(beads);
        connection.commit();
    }

    private static void addSegments(PreparedStatement insert, String side, List<Segment> segments) throws SQLException {
        for (Segment segment : segments) {
            insert.setString(1, side);
            insert.setInt(2, segment.id());
            insert.setString(3, segment.text());
            insert.setInt(4, segment.paragraph());
            insert.addBatch();
        }
    }

    String meta(String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    List<Segment> segments(String side) throws SQLException {
        List<Segment> segments = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, text, paragraph FROM segment WHERE side = ? ORDER BY position")) {
            query.setString(1, side);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    segments.add(new Segment(rows.getInt(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return segments;
    }

    List<ProjectBead> beads() throws SQLException {
        List<ProjectBead> beads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, version, source_start, source_end, target_start,"
                     + " target_end, score, status, note, edited_target, flags FROM bead ORDER BY source_start, target_start")) {
            while (rows.next()) {
                beads.add(new ProjectBead(rows.getLong(1), rows.getLong(2),
                        new Bead(rows.getInt(3), rows.getInt(4), rows.getInt(5), rows.getInt(6)), rows.getDouble(7),
                        ReviewStatus.fromLabel(rows.getString(8)), rows.getString(9), rows.getString(10),
                        BeadCodec.flags(rows.getString(11))));
            }
        }
        return beads;
    }

    List<ProjectEvent> events() throws SQLException {
        List<ProjectEvent> events = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT seq, time, action, bead_id, target_seq, before, after FROM event ORDER BY seq")) {
            while (rows.next()) {
                events.add(new ProjectEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                        nullableLong(rows, 4), nullableLong(rows, 5),
                        BeadCodec.beads(rows.getString(6)), BeadCodec.beads(rows.getString(7))));
            }
        }
        return events;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /**
     * Replaces the {@code removed} beads by the {@code added} ones, logs the change and sets the
     * revision and the next free bead id, all in one transaction.
     */
    ProjectEvent commit(String action, Long beadId, Long targetSeq, List<ProjectBead> removed, List<ProjectBead> added,
                        long revision, long nextBeadId) {
        String time = Instant.now().toString();
        try {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bead WHERE id = ?")) {
                for (ProjectBead bead : removed) {
                    delete.setLong(1, bead.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            insertBeads(added);
            long seq;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (time, action, bead_id,"
                    + " target_seq, before, after) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, time);
                insert.setString(2, action);
                insert.setObject(3, beadId);
                insert.setObject(4, targetSeq);
                insert.setString(5, BeadCodec.beadsJson(removed));
                insert.setString(6, BeadCodec.beadsJson(added));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE meta SET value = ? WHERE key = ?")) {
                update.setString(1, Long.toString(revision));
                update.setString(2, "revision");
                update.addBatch();
                update.setString(1, Long.toString(nextBeadId));
                update.setString(2, "next_bead_id");
                update.addBatch();
                update.executeBatch();
            }
            connection.commit();
            return new ProjectEvent(seq, time, action, beadId, targetSeq, removed, added);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new IllegalStateException(file + ": cannot save the change: " + firstLine(e), e);
        }
    }

    private void insertBeads(List<ProjectBead> beads) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bead (id, version, source_start,"
                + " source_end, target_start, target_end, score, status, note, edited_target, flags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ProjectBead bead : beads) {
                insert.setLong(1, bead.id());
                insert.setLong(2, bead.version());
                insert.setInt(3, bead.bead().sourceStart());
                insert.setInt(4, bead.bead().sourceEnd());
                insert.setInt(5, bead.bead().targetStart());
                insert.setInt(6, bead.bead().targetEnd());
                insert.setDouble(7, bead.score());
                insert.setString(8, bead.status().label());
                insert.setString(9, bead.note());
                insert.setString(10, bead.editedTarget());
                insert.setString(11, BeadCodec.flagsJson(bead.flags()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Ends the read transaction the driver keeps open, so the WAL can be checkpointed. */
    void endRead() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": " + firstLine(e), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Every change was committed when it was made; closing has nothing left to save.
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(ProjectStore store) {
        if (store != null) {
            store.close();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover hidden temp file is harmless; the real file was never touched
        }
    }
}
