package org.tandem.review.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tandem.align.Bead;
import org.tandem.review.project.Progress;
import org.tandem.review.project.ProjectBead;
import org.tandem.review.project.ProjectEvent;
import org.tandem.review.project.ProjectFlag;
import org.tandem.review.project.ReviewProject;
import org.tandem.write.Scores;

/** The API's JSON: beads, progress, events. Jackson writes every string, so nothing needs escaping by hand. */
final class ApiJson {
    private final ObjectMapper json;
    private final ReviewProject project;

    ApiJson(ObjectMapper json, ReviewProject project) {
        this.json = json;
        this.project = project;
    }

    ObjectNode bead(ProjectBead bead, int number) {
        Bead b = bead.bead();
        ObjectNode node = json.createObjectNode();
        node.put("id", bead.id());
        node.put("number", number);
        node.put("version", bead.version());
        node.put("type", b.type());
        ArrayNode sourceIds = node.putArray("source_ids");
        for (int k = b.sourceStart(); k < b.sourceEnd(); k++) {
            sourceIds.add(k);
        }
        ArrayNode targetIds = node.putArray("target_ids");
        for (int k = b.targetStart(); k < b.targetEnd(); k++) {
            targetIds.add(k);
        }
        ArrayNode sourceSegments = node.putArray("source_segments");
        project.source().subList(b.sourceStart(), b.sourceEnd()).forEach(segment -> sourceSegments.add(segment.text()));
        ArrayNode targetSegments = node.putArray("target_segments");
        project.target().subList(b.targetStart(), b.targetEnd()).forEach(segment -> targetSegments.add(segment.text()));
        node.put("source_text", project.sourceText(b));
        node.put("target_text", project.targetText(bead));
        node.put("edited", bead.editedTarget() != null);
        if (bead.editedTarget() != null) {
            node.put("original_target_text", project.originalTargetText(b));
        }
        node.put("score", new java.math.BigDecimal(Scores.text(bead.score())));
        node.put("status", bead.status().label());
        node.put("note", bead.note());
        ArrayNode flags = node.putArray("flags");
        for (ProjectFlag flag : bead.flags()) {
            flags.addObject()
                    .put("kind", flag.kind().label())
                    .put("reason", flag.reason())
                    .put("verdict", flag.verdict().label())
                    .put("note", flag.note())
                    .set("spans", spans(flag.spans()));
        }
        return node;
    }

    private ArrayNode spans(List<org.tandem.flag.Span> spans) {
        ArrayNode array = json.createArrayNode();
        for (org.tandem.flag.Span span : spans) {
            array.addObject().put("side", span.side().label()).put("start", span.start()).put("end", span.end());
        }
        return array;
    }

    /** The whole state a page needs, or a page of it. */
    ObjectNode beads(int offset, int limit) {
        ObjectNode node = state();
        node.put("name", project.name());
        node.put("source_language", project.sourceLanguage());
        node.put("target_language", project.targetLanguage());
        node.put("source_segments", project.source().size());
        node.put("target_segments", project.target().size());
        List<ProjectBead> beads = project.beads();
        node.put("total", beads.size());
        node.put("offset", offset);
        ArrayNode array = node.putArray("beads");
        int end = (int) Math.min(beads.size(), (long) offset + limit);
        for (int k = Math.min(offset, beads.size()); k < end; k++) {
            array.add(bead(beads.get(k), k + 1));
        }
        return node;
    }

    /** What a write changed: the beads it made (as they stand now) and the ids it removed. */
    ObjectNode change(ProjectEvent event) {
        ObjectNode node = state();
        ArrayNode changed = node.putArray("changed");
        ArrayNode removed = node.putArray("removed");
        if (event != null) {
            node.put("event", event.seq());
            node.put("action", event.action());
            Set<Long> after = new HashSet<>();
            for (ProjectBead bead : event.after()) {
                after.add(bead.id());
                changed.add(bead(project.bead(bead.id()), project.number(bead.id())));
            }
            event.before().stream().map(ProjectBead::id).filter(id -> !after.contains(id)).forEach(removed::add);
        }
        return node;
    }

    ObjectNode state() {
        ObjectNode node = json.createObjectNode();
        node.put("revision", project.revision());
        node.set("progress", progress(project.progress()));
        node.put("can_undo", project.canUndo());
        node.put("can_redo", project.canRedo());
        return node;
    }

    ObjectNode progress(Progress progress) {
        return json.createObjectNode()
                .put("beads", progress.beads())
                .put("reviewed", progress.reviewed())
                .put("confirmed", progress.confirmed())
                .put("rejected", progress.rejected())
                .put("open_flags", progress.openFlags())
                .put("text", progress.render());
    }

    ArrayNode events() {
        ArrayNode array = json.createArrayNode();
        for (ProjectEvent event : project.events()) {
            ObjectNode node = array.addObject();
            node.put("seq", event.seq());
            node.put("time", event.time());
            node.put("action", event.action());
            if (event.beadId() != null) {
                node.put("bead_id", event.beadId());
            }
            if (event.targetSeq() != null) {
                node.put("target_seq", event.targetSeq());
            }
            node.set("before", snapshot(event.before()));
            node.set("after", snapshot(event.after()));
        }
        return array;
    }

    private ArrayNode snapshot(List<ProjectBead> beads) {
        ArrayNode array = json.createArrayNode();
        for (ProjectBead bead : beads) {
            ObjectNode node = array.addObject();
            node.put("id", bead.id());
            node.put("version", bead.version());
            node.put("type", bead.bead().type());
            node.putArray("source").add(bead.bead().sourceStart()).add(bead.bead().sourceEnd());
            node.putArray("target").add(bead.bead().targetStart()).add(bead.bead().targetEnd());
            node.put("status", bead.status().label());
            node.put("note", bead.note());
            if (bead.editedTarget() != null) {
                node.put("edited_target", bead.editedTarget());
            }
            ArrayNode verdicts = node.putArray("verdicts");
            bead.flags().forEach(f -> verdicts.add(f.kind().label() + ":" + f.verdict().label()));
        }
        return array;
    }
}
