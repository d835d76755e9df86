package org.tandem.review.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.review.server.ApiClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.review.project.ProjectFixture;
import org.tandem.review.project.ReviewProject;

/** Every endpoint of the review API, with the refusals: 401, 400, 404 and 409. */
class ReviewApiTest {
    @TempDir
    Path dir;

    private ReviewProject project;
    private ReviewServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        project = ProjectFixture.create(dir);
        server = ReviewServer.start(project, 0, ProjectFixture.aligner(), "test");
        api = new ApiClient(server.port(), server.token());
    }

    @AfterEach
    void stop() {
        server.close();
        project.close();
    }

    @Test
    void everyRequestNeedsTheTokenInTheHeaderOrTheQuery() {
        for (String path : new String[] {"/", "/api/beads", "/api/beads/1", "/api/events", "/api/export?format=tmx"}) {
            ApiClient.Response response = api.getWithoutToken(path);
            assertEquals(401, response.status(), path);
            assertTrue(response.json().get("error").asText().contains("token"), path);
        }
        assertEquals(401, new ApiClient(server.port(), "wrong").get("/api/beads").status());
        assertEquals(401, new ApiClient(server.port(), null).post("/api/undo", "").status());
        assertEquals(200, api.getWithoutToken("/api/beads?token=" + server.token()).status());
        assertEquals(200, api.getWithoutToken("/?token=" + server.token()).status());
        assertEquals(200, api.getWithoutToken("/static/workbench.js").status(), "the script holds no data");
        try (ReviewServer second = ReviewServer.start(project, 0, ProjectFixture.aligner(), "test")) {
            assertFalse(server.token().equals(second.token()), "a new token each start");
        }
    }

    @Test
    void beadsComeWithIdsFlagsStatusAndVersion() {
        JsonNode all = api.get("/api/beads").json();
        assertEquals(7, all.get("beads").size());
        assertEquals("0 of 7 beads reviewed, 3 flags open", all.get("progress").get("text").asText());
        JsonNode second = all.get("beads").get(1);
        assertEquals(2, second.get("id").asLong());
        assertEquals("[1]", second.get("source_ids").toString());
        assertEquals("[1]", second.get("target_ids").toString());
        assertEquals("number-mismatch", second.get("flags").get(0).get("kind").asText());
        assertEquals("open", second.get("status").asText());
        assertEquals(0, second.get("version").asLong());
        assertEquals(2, api.get("/api/beads?offset=3&limit=2").json().get("beads").size());
        assertEquals("2-1", api.get("/api/beads/4").json().get("type").asText());
        assertEquals(404, api.get("/api/beads/99").status());
        assertEquals(400, api.get("/api/beads/abc").status());
        assertEquals(400, api.get("/api/beads?limit=-1").status());
    }

    @Test
    void statusWithAStaleVersionIs409AndChangesNothing() {
        ApiClient.Response ok = api.post("/api/beads/1/status", json("status", "confirmed", "note", "<b>fine</b>", "version", 0));
        assertEquals(200, ok.status(), ok.toString());
        JsonNode bead = ok.json().get("changed").get(0);
        assertEquals("confirmed", bead.get("status").asText());
        assertEquals("<b>fine</b>", bead.get("note").asText(), "stored as given; the page escapes it");
        long version = bead.get("version").asLong();
        assertTrue(version > 0);

        ApiClient.Response stale = api.post("/api/beads/1/status", json("status", "rejected", "version", 0));
        assertEquals(409, stale.status());
        assertEquals(1, stale.json().get("error").asText().lines().count());
        assertEquals("confirmed", api.get("/api/beads/1").json().get("status").asText(), "nothing changed");

        assertEquals(400, api.post("/api/beads/1/status", "{\"status\": ").status(), "bad JSON");
        assertEquals(400, api.post("/api/beads/1/status", "[1, 2]").status(), "not an object");
        assertEquals(400, api.post("/api/beads/1/status", json("status", "confirmed")).status(), "no version");
        assertEquals(400, api.post("/api/beads/1/status", json("status", "maybe", "version", version)).status());
        assertEquals(400, api.post("/api/beads/1/status", json("status", "open", "version", "one")).status());
        assertEquals(404, api.post("/api/beads/42/status", json("status", "open", "version", 0)).status());
        assertEquals(200, api.post("/api/beads/1/status", json("status", "open", "version", version)).status());
    }

    @Test
    void flagsAreAcceptedOrDismissedWithANote() {
        ApiClient.Response dismissed = api.post("/api/beads/2/flags/0", json("verdict", "dismissed", "note", "typo", "version", 0));
        assertEquals(200, dismissed.status(), dismissed.toString());
        JsonNode flag = dismissed.json().get("changed").get(0).get("flags").get(0);
        assertEquals("dismissed", flag.get("verdict").asText());
        assertEquals("typo", flag.get("note").asText());
        assertEquals(2, dismissed.json().get("progress").get("open_flags").asInt());
        assertEquals(400, api.post("/api/beads/2/flags/3", json("verdict", "accepted", "version", 1)).status());
        assertEquals(409, api.post("/api/beads/2/flags/0", json("verdict", "accepted", "version", 0)).status());
        assertEquals(404, api.post("/api/beads/77/flags/0", json("verdict", "accepted", "version", 0)).status());
    }

    @Test
    void mergeSplitMoveAndMarkReshapeBeads() {
        ApiClient.Response merged = api.post("/api/beads/1/merge-next", json("version", 0));
        assertEquals(200, merged.status(), merged.toString());
        assertEquals("2-2", merged.json().get("changed").get(0).get("type").asText());
        assertEquals("[2]", merged.json().get("removed").toString());
        long version = merged.json().get("changed").get(0).get("version").asLong();
        assertEquals(409, api.post("/api/beads/1/merge-next", json("version", 0)).status());
        assertEquals(404, api.post("/api/beads/2/merge-next", json("version", 0)).status(), "merged away");

        ApiClient.Response split = api.post("/api/beads/1/split", json("source_at", 1, "target_at", 1, "version", version));
        assertEquals(200, split.status(), split.toString());
        assertEquals(2, split.json().get("changed").size());
        assertEquals("1-1", split.json().get("changed").get(0).get("type").asText());
        assertEquals(400, api.post("/api/beads/3/split", json("source_at", 1, "target_at", 1, "version", 0)).status(),
                "a 1-1 bead split at its end leaves an empty part");
        assertEquals(400, api.post("/api/beads/4/split", json("source_at", 1, "version", 0)).status(), "target_at missing");

        ApiClient.Response moved = api.post("/api/beads/4/move", json("side", "source", "to", "next", "version", 0));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("1-1", moved.json().get("changed").get(0).get("type").asText());
        assertEquals(400, api.post("/api/beads/4/move", json("side", "middle", "to", "next", "version", 0)).status());

        ApiClient.Response previous = api.post("/api/beads/3/merge-previous", json("version", 0));
        assertEquals(200, previous.status(), previous.toString());

        ApiClient.Response marked = api.post("/api/beads/7/mark", json("as", "addition", "version", 0));
        assertEquals(200, marked.status(), marked.toString());
        assertEquals("0-1", marked.json().get("changed").get(0).get("type").asText());
        assertEquals("confirmed", marked.json().get("changed").get(0).get("status").asText());
        assertEquals(400, api.post("/api/beads/6/mark", json("as", "addition", "version", 0)).status(), "an omission");
    }

    @Test
    void theTargetIsEditedUndoneAndRedone() {
        ApiClient.Response edited = api.put("/api/beads/3/target", json("text", "De burgemeester noemde het plan <eerlijk>.", "version", 0));
        assertEquals(200, edited.status(), edited.toString());
        JsonNode bead = edited.json().get("changed").get(0);
        assertEquals("De burgemeester noemde het plan <eerlijk>.", bead.get("target_text").asText());
        assertEquals("De burgemeester zei dat het plan eerlijk was.", bead.get("original_target_text").asText());
        assertEquals(409, api.put("/api/beads/3/target", json("text", "x", "version", 0)).status());
        assertEquals(400, api.put("/api/beads/3/target", json("text", " ", "version", bead.get("version").asLong())).status());
        assertEquals(400, api.put("/api/beads/6/target", json("text", "iets", "version", 0)).status(), "an omission has no target");
        assertEquals(404, api.put("/api/beads/66/target", json("text", "iets", "version", 0)).status());

        ApiClient.Response undone = api.post("/api/undo", "");
        assertEquals(200, undone.status(), undone.toString());
        assertFalse(undone.json().get("changed").get(0).get("edited").asBoolean());
        assertTrue(undone.json().get("can_redo").asBoolean());
        assertEquals(200, api.post("/api/redo", "").status());
        assertTrue(api.get("/api/beads/3").json().get("edited").asBoolean());
        assertEquals(400, api.post("/api/redo", "").status(), "nothing to redo");
        assertEquals(200, api.post("/api/undo", "").status());
        assertEquals(400, api.post("/api/undo", "").status(), "nothing to undo");
        JsonNode events = api.get("/api/events").json();
        assertEquals(4, events.size());
        assertEquals("edit-target", events.get(0).get("action").asText());
        assertEquals("undo", events.get(1).get("action").asText());
        assertEquals(events.get(0).get("seq").asLong(), events.get(1).get("target_seq").asLong());
    }

    @Test
    void realignKeepsConfirmedBeadsAndRedoesTheRest() {
        assertEquals(200, api.post("/api/beads/1/status", json("status", "confirmed", "version", 0)).status());
        JsonNode confirmed = api.get("/api/beads/1").json();
        assertEquals(200, api.post("/api/beads/2/merge-next", json("version", 0)).status());
        assertEquals(200, api.post("/api/beads/2/merge-next", json("version", api.get("/api/beads/2").json()
                .get("version").asLong())).status());
        ApiClient.Response realigned = api.post("/api/realign", "");
        assertEquals(200, realigned.status(), realigned.toString());
        assertTrue(realigned.json().get("changed").size() > 1, realigned.toString());
        assertEquals(confirmed, api.get("/api/beads/1").json(), "a confirmed bead is an anchor: unchanged");
    }

    @Test
    void exportsEachFormatWithTheDecisions() {
        api.put("/api/beads/3/target", json("text", "De burgemeester noemde het plan eerlijk.", "version", 0));
        ApiClient.Response tmx = api.get("/api/export?format=tmx");
        assertEquals(200, tmx.status());
        assertTrue(tmx.body().contains("De burgemeester noemde het plan eerlijk."));
        assertTrue(tmx.raw().headers().firstValue("Content-Disposition").orElse("").contains("council.tmx"));
        assertTrue(api.get("/api/export?format=xliff").body().contains("<note from=\"reviewer\">target edited</note>"));
        assertTrue(api.get("/api/export?format=csv").body().startsWith("bead,source_ids"));
        assertEquals(7, api.get("/api/export?format=jsonl&scope=all").body().lines().count());
        assertEquals(0, api.get("/api/export?format=jsonl&scope=confirmed").body().length());
        assertEquals(400, api.get("/api/export?format=docx").status());
        assertEquals(400, api.get("/api/export?format=html").status());
        assertEquals(400, api.get("/api/export").status());
        assertEquals(400, api.get("/api/export?format=tmx&scope=some").status());
    }

    @Test
    void responsesCarryAStrictPolicyAndNoCorsAndOtherHostsAreRefused() throws IOException {
        ApiClient.Response page = api.get("/");
        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(page.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertFalse(page.body().contains("<script>"), "no inline script");
        String raw = rawGet("GET /api/beads?token=" + server.token() + " HTTP/1.1\r\nHost: evil.example:"
                + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 403"), raw);
        assertEquals(404, api.get("/api/nothing").status());
    }

    private String rawGet(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
