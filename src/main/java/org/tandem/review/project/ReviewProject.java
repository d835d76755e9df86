package org.tandem.review.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;
import org.tandem.align.Bead;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;
import org.tandem.write.BeadDecision;
import org.tandem.write.FlagVerdict;
import org.tandem.write.OutputFormat;
import org.tandem.write.Review;
import org.tandem.write.ReviewStatus;
import org.tandem.write.Writers;

/**
 * A review project: an alignment a reviewer confirms, reshapes, corrects and exports, kept in one
 * SQLite file ({@code NAME.review.db}). Every action names the bead's {@link ProjectBead#version()
 * version} it was made on; if the bead changed since, the action is refused with a
 * {@link StaleVersionException} and nothing changes. Every action is one transaction and one entry in
 * the append-only event log (before and after), from which undo and redo come.
 *
 * <p>Thread-safe: reads share a lock, writes take it alone.
 */
public final class ReviewProject implements AutoCloseable {
    /** The extension of project files. */
    public static final String EXTENSION = ".review.db";

    private final ProjectStore store;
    private final Path file;
    private final String name;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final List<Segment> source;
    private final List<Segment> target;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** The beads in document order, and where each id sits in that list. */
    private List<ProjectBead> beads;
    private final Map<Long, Integer> positions = new HashMap<>();
    private final Map<Long, ProjectEvent> events = new HashMap<>();
    private final Deque<Long> done = new ArrayDeque<>();
    private final Deque<Long> undone = new ArrayDeque<>();
    private long revision;
    private long nextBeadId;
    /** Counted once per change, not per request: every answer of the server carries it. */
    private Progress progress;

    private ReviewProject(ProjectStore store, Path file) throws SQLException {
        this.store = store;
        this.file = file;
        this.name = store.meta("name");
        this.sourceLanguage = store.meta("source_language");
        this.targetLanguage = store.meta("target_language");
        this.revision = Long.parseLong(store.meta("revision"));
        this.nextBeadId = Long.parseLong(store.meta("next_bead_id"));
        this.source = List.copyOf(store.segments("source"));
        this.target = List.copyOf(store.segments("target"));
        for (ProjectEvent event : store.events()) {
            events.put(event.seq(), event);
            replay(event);
        }
        setBeads(store.beads());
        store.endRead();
        // Alignment's constructor checks that the beads cover both documents in order: a file edited
        // behind Tandem's back is refused here rather than exported wrong.
        alignment();
    }

    /** {@code DIR/NAME.review.db}. */
    public static Path fileFor(Path directory, String name) {
        return directory.resolve(name + EXTENSION);
    }

    /** Creates the project file for a fresh alignment. */
    public static ReviewProject create(Path file, Alignment alignment, String toolVersion) {
        ProjectStore store = ProjectStore.create(file, alignment, toolVersion);
        return wrap(store, file);
    }

    /** Opens an existing project; a missing, foreign or damaged file is a one-line {@link BadInputException}. */
    public static ReviewProject open(Path file) {
        return wrap(ProjectStore.open(file), file);
    }

    private static ReviewProject wrap(ProjectStore store, Path file) {
        try {
            return new ReviewProject(store, file);
        } catch (SQLException | RuntimeException e) {
            store.close();
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(file + ": the project file is damaged (" + firstLine(e) + ")", e);
        }
    }

    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    public List<Segment> source() {
        return source;
    }

    public List<Segment> target() {
        return target;
    }

    /** The beads in document order. */
    public List<ProjectBead> beads() {
        return read(() -> beads);
    }

    /** @throws UnknownBeadException if no bead has this id */
    public ProjectBead bead(long id) {
        return read(() -> beads.get(position(id)));
    }

    /** The 1-based number of a bead in document order, as the exports number it. */
    public int number(long id) {
        return read(() -> position(id) + 1);
    }

    public Progress progress() {
        return read(() -> progress);
    }

    public boolean canUndo() {
        return read(() -> !done.isEmpty());
    }

    public boolean canRedo() {
        return read(() -> !undone.isEmpty());
    }

    /** The number of changes made to the project so far; every bead version is one of these. */
    public long revision() {
        return read(() -> revision);
    }

    /** The audit trail: every action, undo and redo, oldest first. */
    public List<ProjectEvent> events() {
        return read(() -> events.values().stream().sorted(Comparator.comparingLong(ProjectEvent::seq)).toList());
    }

    public String sourceText(Bead bead) {
        return Segment.join(source.subList(bead.sourceStart(), bead.sourceEnd()));
    }

    /** The target text as the segments have it, before any edit. */
    public String originalTargetText(Bead bead) {
        return Segment.join(target.subList(bead.targetStart(), bead.targetEnd()));
    }

    /** The target text as it stands: the reviewer's edit, if any. */
    public String targetText(ProjectBead bead) {
        return bead.editedTarget() != null ? bead.editedTarget() : originalTargetText(bead.bead());
    }

    // ---- actions ------------------------------------------------------------------------------

    /** Confirms, rejects or reopens a bead, with an optional note. */
    public ProjectEvent setStatus(long id, long version, ReviewStatus status, String note) {
        return write(() -> {
            ProjectBead bead = current(id, version);
            return commit("status:" + status.label(), id, List.of(bead), List.of(bead.withStatus(status, note)));
        });
    }

    /** Accepts, dismisses or reopens flag {@code flag} (0-based) of a bead, with an optional note. */
    public ProjectEvent decideFlag(long id, long version, int flag, FlagVerdict verdict, String note) {
        return write(() -> {
            ProjectBead bead = current(id, version);
            if (flag < 0 || flag >= bead.flags().size()) {
                throw new InvalidActionException("bead " + id + " has no flag " + flag + " (it has "
                        + bead.flags().size() + ")");
            }
            List<ProjectFlag> flags = new ArrayList<>(bead.flags());
            flags.set(flag, flags.get(flag).decided(verdict, note));
            return commit("flag:" + verdict.label(), id, List.of(bead), List.of(bead.withFlags(flags)));
        });
    }

    /** Joins a bead and the one after it. */
    public ProjectEvent mergeNext(long id, long version, Long nextVersion) {
        return write(() -> {
            ProjectBead first = current(id, version);
            int position = position(id);
            if (position + 1 >= beads.size()) {
                throw new InvalidActionException("bead " + id + " is the last bead; there is nothing to merge it with");
            }
            ProjectBead second = beads.get(position + 1);
            checkVersion(second, nextVersion);
            return merge("merge-next", id, first, second, id);
        });
    }

    /** Joins a bead and the one before it. */
    public ProjectEvent mergePrevious(long id, long version, Long previousVersion) {
        return write(() -> {
            ProjectBead second = current(id, version);
            int position = position(id);
            if (position == 0) {
                throw new InvalidActionException("bead " + id + " is the first bead; there is nothing to merge it with");
            }
            ProjectBead first = beads.get(position - 1);
            checkVersion(first, previousVersion);
            return merge("merge-previous", id, first, second, first.id());
        });
    }

    private ProjectEvent merge(String action, long named, ProjectBead first, ProjectBead second, long keptId) {
        Bead merged = new Bead(first.bead().sourceStart(), second.bead().sourceEnd(),
                first.bead().targetStart(), second.bead().targetEnd());
        String edited = first.editedTarget() == null && second.editedTarget() == null ? null
                : joinTexts(targetText(first), targetText(second));
        return commit(action, named, List.of(first, second),
                List.of(Reshape.of(keptId, merged, List.of(first, second), edited)));
    }

    /**
     * Splits a bead in two after its first {@code sourceAt} source and {@code targetAt} target segments;
     * both parts must keep a segment.
     */
    public ProjectEvent split(long id, long version, int sourceAt, int targetAt) {
        return write(() -> {
            ProjectBead bead = current(id, version);
            Bead b = bead.bead();
            if (sourceAt < 0 || sourceAt > b.sourceCount() || targetAt < 0 || targetAt > b.targetCount()) {
                throw new InvalidActionException("bead " + id + " (" + b.type() + ") cannot be split at source "
                        + sourceAt + ", target " + targetAt);
            }
            if (sourceAt + targetAt == 0 || sourceAt + targetAt == b.sourceCount() + b.targetCount()) {
                throw new InvalidActionException("a split of bead " + id + " at source " + sourceAt + ", target "
                        + targetAt + " leaves one part empty");
            }
            if (bead.editedTarget() != null) {
                throw new InvalidActionException("the target of bead " + id
                        + " was edited; undo the edit before splitting it");
            }
            Bead first = new Bead(b.sourceStart(), b.sourceStart() + sourceAt, b.targetStart(), b.targetStart() + targetAt);
            Bead second = new Bead(b.sourceStart() + sourceAt, b.sourceEnd(), b.targetStart() + targetAt, b.targetEnd());
            return commit("split", id, List.of(bead), List.of(Reshape.of(id, first, List.of(bead), null),
                    Reshape.of(nextBeadId++, second, List.of(bead), null)));
        });
    }

    /** Which side of a bead a segment moves on. */
    public enum Side { SOURCE, TARGET }

    /**
     * Moves a segment across a bead's boundary: towards the next bead its last segment on {@code side},
     * towards the previous one its first.
     */
    public ProjectEvent move(long id, long version, Side side, boolean towardsNext) {
        return write(() -> {
            ProjectBead bead = current(id, version);
            int position = position(id);
            int neighbourAt = towardsNext ? position + 1 : position - 1;
            if (neighbourAt < 0 || neighbourAt >= beads.size()) {
                throw new InvalidActionException("bead " + id + " has no " + (towardsNext ? "next" : "previous") + " bead");
            }
            ProjectBead neighbour = beads.get(neighbourAt);
            Bead b = bead.bead();
            Bead n = neighbour.bead();
            boolean onSource = side == Side.SOURCE;
            if ((onSource ? b.sourceCount() : b.targetCount()) == 0) {
                throw new InvalidActionException("bead " + id + " has no " + side.name().toLowerCase(java.util.Locale.ROOT)
                        + " segment to move");
            }
            if (!onSource && (bead.editedTarget() != null || neighbour.editedTarget() != null)) {
                throw new InvalidActionException("an edited target cannot lose or gain a segment; undo the edit first");
            }
            int source = onSource ? 1 : 0;
            int target = onSource ? 0 : 1;
            // Towards the next bead this one gives up its last segment; towards the previous, its first.
            int[] shrunk = towardsNext
                    ? new int[] {b.sourceStart(), b.sourceEnd() - source, b.targetStart(), b.targetEnd() - target}
                    : new int[] {b.sourceStart() + source, b.sourceEnd(), b.targetStart() + target, b.targetEnd()};
            Bead grown = towardsNext
                    ? new Bead(n.sourceStart() - source, n.sourceEnd(), n.targetStart() - target, n.targetEnd())
                    : new Bead(n.sourceStart(), n.sourceEnd() + source, n.targetStart(), n.targetEnd() + target);
            List<ProjectBead> after = new ArrayList<>();
            // Moving a bead's only segment empties it: the bead is gone, as after a merge.
            if (b.sourceCount() + b.targetCount() > 1) {
                after.add(Reshape.of(id, new Bead(shrunk[0], shrunk[1], shrunk[2], shrunk[3]), List.of(bead),
                        bead.editedTarget()));
            }
            after.add(Reshape.of(neighbour.id(), grown, List.of(neighbour), neighbour.editedTarget()));
            return commit("move-" + side.name().toLowerCase(java.util.Locale.ROOT) + (towardsNext ? "-next" : "-previous"),
                    id, List.of(bead, neighbour), after);
        });
    }

    /**
     * Marks a bead an omission (its source has no translation) or an addition (its target has no source).
     * A two-sided bead comes apart into its source alone and its target alone; the side marked is
     * confirmed with its flag accepted, the other is left open for review.
     */
    public ProjectEvent mark(long id, long version, FlagKind kind) {
        if (kind != FlagKind.OMISSION && kind != FlagKind.ADDITION) {
            throw new InvalidActionException("a bead is marked as an omission or an addition, not " + kind.label());
        }
        return write(() -> {
            ProjectBead bead = current(id, version);
            Bead b = bead.bead();
            boolean omission = kind == FlagKind.OMISSION;
            if (!b.isTwoSided()) {
                if (b.isOmission() != omission) {
                    throw new InvalidActionException("bead " + id + " has no " + (omission ? "target" : "source")
                            + " text; it cannot be an " + kind.label());
                }
                return commit("mark:" + kind.label(), id, List.of(bead), List.of(markedOneSided(bead, kind)));
            }
            Bead sourceOnly = new Bead(b.sourceStart(), b.sourceEnd(), b.targetStart(), b.targetStart());
            Bead targetOnly = omission ? new Bead(b.sourceEnd(), b.sourceEnd(), b.targetStart(), b.targetEnd())
                    : new Bead(b.sourceStart(), b.sourceStart(), b.targetStart(), b.targetEnd());
            if (!omission) {
                sourceOnly = new Bead(b.sourceStart(), b.sourceEnd(), b.targetEnd(), b.targetEnd());
            }
            ProjectBead marked = markedOneSided(Reshape.of(id, omission ? sourceOnly : targetOnly, List.of(bead),
                    omission ? null : bead.editedTarget()), kind);
            ProjectBead rest = Reshape.of(nextBeadId++, omission ? targetOnly : sourceOnly, List.of(bead),
                    omission ? bead.editedTarget() : null);
            return commit("mark:" + kind.label(), id, List.of(bead), List.of(marked, rest));
        });
    }

    private static ProjectBead markedOneSided(ProjectBead bead, FlagKind kind) {
        List<ProjectFlag> flags = new ArrayList<>(bead.flags());
        if (flags.stream().noneMatch(f -> f.kind() == kind)) {
            flags.add(ProjectFlag.open(kind, kind == FlagKind.OMISSION ? Reshape.REVIEWER_OMISSION : Reshape.REVIEWER_ADDITION));
        }
        flags.replaceAll(f -> f.kind() == kind ? f.decided(FlagVerdict.ACCEPTED, f.note()) : f);
        return bead.withFlags(flags).withStatus(ReviewStatus.CONFIRMED, bead.note());
    }

    /** Replaces a bead's target text; the segments keep theirs, the exports carry the edit. */
    public ProjectEvent editTarget(long id, long version, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidActionException("the target text must not be empty; mark the bead an omission instead");
        }
        return write(() -> {
            ProjectBead bead = current(id, version);
            if (bead.bead().targetCount() == 0) {
                throw new InvalidActionException("bead " + id + " has no target to edit; it is an omission");
            }
            String edited = text.strip().equals(originalTargetText(bead.bead())) ? null : text.strip();
            return commit("edit-target", id, List.of(bead), List.of(bead.withEditedTarget(edited)));
        });
    }

    /** Undoes the latest action not undone yet. */
    public ProjectEvent undo() {
        return write(() -> {
            if (done.isEmpty()) {
                throw new InvalidActionException("nothing to undo");
            }
            ProjectEvent event = events.get(done.peek());
            return commit("undo", null, event.seq(), currentOf(event.after()), event.before());
        });
    }

    /** Redoes the latest undone action, if nothing was done since. */
    public ProjectEvent redo() {
        return write(() -> {
            if (undone.isEmpty()) {
                throw new InvalidActionException("nothing to redo");
            }
            ProjectEvent event = events.get(undone.peek());
            return commit("redo", null, event.seq(), currentOf(event.before()), event.after());
        });
    }

    /**
     * Aligns again what is not confirmed: each stretch between confirmed beads (the anchors) goes through
     * {@code aligner} on its own, and confirmed beads never change. Beads the new alignment finds again
     * keep their id, decisions and edits; the others are replaced. One undoable action.
     *
     * @return the event, or null when the new alignment changed nothing
     */
    public ProjectEvent realign(GapAligner aligner) {
        return write(() -> {
            List<ProjectBead> removed = new ArrayList<>();
            List<ProjectBead> added = new ArrayList<>();
            int k = 0;
            while (k < beads.size()) {
                if (beads.get(k).isConfirmed()) {
                    k++;
                    continue;
                }
                int end = k;
                while (end < beads.size() && !beads.get(end).isConfirmed()) {
                    end++;
                }
                realignGap(beads.subList(k, end), aligner, removed, added);
                k = end;
            }
            if (removed.isEmpty() && added.isEmpty()) {
                return null;
            }
            return commit("realign", null, removed, added);
        });
    }

    private void realignGap(List<ProjectBead> gap, GapAligner aligner, List<ProjectBead> removed, List<ProjectBead> added) {
        Bead first = gap.get(0).bead();
        Bead last = gap.get(gap.size() - 1).bead();
        int s0 = first.sourceStart();
        int t0 = first.targetStart();
        List<Segment> gapSource = renumbered(source.subList(s0, last.sourceEnd()));
        List<Segment> gapTarget = renumbered(target.subList(t0, last.targetEnd()));
        List<FlaggedBead> fresh = new ArrayList<>();
        if (gapSource.isEmpty() || gapTarget.isEmpty()) {
            for (int s = 0; s < gapSource.size(); s++) {
                fresh.add(new FlaggedBead(new Bead(s, s + 1, 0, 0), 0, List.of(new Flag(FlagKind.OMISSION, Reshape.REVIEWER_OMISSION))));
            }
            for (int t = 0; t < gapTarget.size(); t++) {
                fresh.add(new FlaggedBead(new Bead(0, 0, t, t + 1), 0, List.of(new Flag(FlagKind.ADDITION, Reshape.REVIEWER_ADDITION))));
            }
        } else {
            fresh.addAll(aligner.align(gapSource, gapTarget).beads());
        }
        Map<Bead, ProjectBead> old = new HashMap<>();
        gap.forEach(b -> old.put(b.bead(), b));
        java.util.Set<Bead> kept = new java.util.HashSet<>();
        for (FlaggedBead flagged : fresh) {
            Bead b = flagged.bead();
            Bead placed = new Bead(b.sourceStart() + s0, b.sourceEnd() + s0, b.targetStart() + t0, b.targetEnd() + t0);
            if (old.containsKey(placed)) {
                kept.add(placed);
            } else {
                added.add(ProjectBead.fresh(nextBeadId++, placed, flagged.score(), flagged.flags().stream()
                        .map(ProjectFlag::open).toList()));
            }
        }
        gap.stream().filter(b -> !kept.contains(b.bead())).forEach(removed::add);
    }

    private static List<Segment> renumbered(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments.size());
        for (int k = 0; k < segments.size(); k++) {
            out.add(new Segment(k, segments.get(k).text(), segments.get(k).paragraph()));
        }
        return out;
    }

    /** Aligns the segments of one stretch between confirmed beads; ids start at 0 on each side. */
    @FunctionalInterface
    public interface GapAligner {
        Alignment align(List<Segment> source, List<Segment> target);
    }

    // ---- export -------------------------------------------------------------------------------

    /** The beads as an {@link Alignment}, with the texts the segments have (edits are in {@link #review}). */
    public Alignment alignment() {
        return read(() -> new Alignment(name, sourceLanguage, targetLanguage, source, target, beads.stream()
                .map(b -> new FlaggedBead(b.bead(), b.score(), b.flags().stream()
                        .map(f -> new Flag(f.kind(), f.reason(), f.spans())).toList()))
                .toList()));
    }

    /** The reviewer's decisions over {@link #alignment()}, bead for bead. */
    public Review review(Review.Scope scope) {
        return read(() -> new Review(beads.stream().map(b -> new BeadDecision(b.status(), b.note(), b.editedTarget(),
                b.flags().stream().map(ProjectFlag::verdict).toList(),
                b.flags().stream().map(ProjectFlag::note).toList())).toList(), scope));
    }

    /** Writes the reviewed alignment in {@code format} (tmx, xliff, csv or jsonl). */
    public void export(OutputFormat format, Review.Scope scope, String toolVersion, OutputStream out) throws IOException {
        Alignment alignment;
        Review review;
        lock.readLock().lock();
        try {
            alignment = alignment();
            review = review(scope);
        } finally {
            lock.readLock().unlock();
        }
        Writers.forReview(format, toolVersion, review).write(alignment, out);
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            store.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- internals ----------------------------------------------------------------------------

    private ProjectEvent commit(String action, Long beadId, List<ProjectBead> removed, List<ProjectBead> added) {
        return commit(action, beadId, null, removed, added);
    }

    /** The one place a change happens: in the file first, then in memory only if the file took it. */
    private ProjectEvent commit(String action, Long beadId, Long targetSeq, List<ProjectBead> removed,
                                List<ProjectBead> added) {
        long newRevision = revision + 1;
        List<ProjectBead> versioned = added.stream().map(b -> b.withVersion(newRevision)).toList();
        ProjectEvent event = store.commit(action, beadId, targetSeq, removed, versioned, newRevision, nextBeadId);
        revision = newRevision;
        events.put(event.seq(), event);
        replay(event);
        if (sameShapes(removed, versioned)) {
            // A decision, a note or an edit: the beads keep their places, so no re-sorting of the list.
            List<ProjectBead> updated = new ArrayList<>(beads);
            versioned.forEach(b -> updated.set(positions.get(b.id()), b));
            beads = List.copyOf(updated);
            progress = Progress.of(beads);
            return event;
        }
        Map<Long, ProjectBead> byId = new HashMap<>();
        for (ProjectBead bead : beads) {
            byId.put(bead.id(), bead);
        }
        removed.forEach(b -> byId.remove(b.id()));
        versioned.forEach(b -> byId.put(b.id(), b));
        setBeads(byId.values());
        return event;
    }

    private static boolean sameShapes(List<ProjectBead> removed, List<ProjectBead> added) {
        if (removed.size() != added.size()) {
            return false;
        }
        for (int k = 0; k < removed.size(); k++) {
            if (removed.get(k).id() != added.get(k).id() || !removed.get(k).bead().equals(added.get(k).bead())) {
                return false;
            }
        }
        return true;
    }

    private void replay(ProjectEvent event) {
        switch (event.action()) {
            case "undo" -> undone.push(done.pop());
            case "redo" -> done.push(undone.pop());
            default -> {
                done.push(event.seq());
                undone.clear();
            }
        }
    }

    private void setBeads(Collection<ProjectBead> all) {
        List<ProjectBead> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((ProjectBead b) -> b.bead().sourceStart())
                .thenComparingInt(b -> b.bead().targetStart()));
        beads = List.copyOf(sorted);
        progress = Progress.of(beads);
        positions.clear();
        for (int k = 0; k < beads.size(); k++) {
            positions.put(beads.get(k).id(), k);
        }
    }

    private List<ProjectBead> currentOf(List<ProjectBead> snapshot) {
        return snapshot.stream().map(b -> beads.get(position(b.id()))).toList();
    }

    private int position(long id) {
        Integer position = positions.get(id);
        if (position == null) {
            throw new UnknownBeadException(id);
        }
        return position;
    }

    private ProjectBead current(long id, long version) {
        ProjectBead bead = beads.get(position(id));
        checkVersion(bead, version);
        return bead;
    }

    private static void checkVersion(ProjectBead bead, Long version) {
        if (version != null && bead.version() != version) {
            throw new StaleVersionException("bead " + bead.id() + " has changed since version " + version
                    + " (it is at version " + bead.version() + "); reload and try again");
        }
    }

    private static String joinTexts(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            long idsBefore = nextBeadId;
            try {
                return action.get();
            } catch (RuntimeException e) {
                // The action failed before or in its commit: the ids it handed out were never used.
                nextBeadId = idsBefore;
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
