package org.tandem.review.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.review.server.ApiClient.json;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.review.project.ProjectFixture;
import org.tandem.review.project.ReviewProject;

/**
 * {@code tandem review} as a real process: 200 actions posted, then {@code kill -9}, then the project
 * opened again. Every action the server answered must be there.
 */
class ReviewCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledServerLosesNoAnsweredAction() throws Exception {
        Path file;
        try (ReviewProject project = ProjectFixture.create(dir)) {
            file = project.file();
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tandem.cli.Main",
                "review", "--project", file.toString(), "--no-browser", "-q")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, String> notes = new HashMap<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            while (url == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                if (line.startsWith("review: ")) {
                    url = line.substring("review: ".length());
                }
            }
            assertTrue(url != null, "the server printed its address");
            int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
            ApiClient api = new ApiClient(port, url.substring(url.indexOf("token=") + "token=".length()));
            Map<Long, Long> versions = new HashMap<>();
            for (JsonNode bead : api.get("/api/beads").json().get("beads")) {
                versions.put(bead.get("id").asLong(), bead.get("version").asLong());
            }
            List<Long> ids = List.copyOf(new java.util.TreeSet<>(versions.keySet()));
            for (int k = 0; k < 200; k++) {
                long id = ids.get(k % ids.size());
                String note = "action " + k;
                ApiClient.Response response = api.post("/api/beads/" + id + "/status",
                        json("status", k % 3 == 0 ? "rejected" : "confirmed", "note", note, "version", versions.get(id)));
                assertEquals(200, response.status(), response.toString());
                versions.put(id, response.json().get("changed").get(0).get("version").asLong());
                notes.put(id, note);
            }
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");

        try (ReviewProject project = ReviewProject.open(file);
             ReviewServer server = ReviewServer.start(project, 0, ProjectFixture.aligner(), "test")) {
            ApiClient api = new ApiClient(server.port(), server.token());
            JsonNode events = api.get("/api/events").json();
            assertEquals(200, events.size(), "every answered action is in the log");
            for (int k = 0; k < 200; k++) {
                assertEquals("status:" + (k % 3 == 0 ? "rejected" : "confirmed"), events.get(k).get("action").asText());
            }
            for (Map.Entry<Long, String> entry : notes.entrySet()) {
                assertEquals(entry.getValue(), api.get("/api/beads/" + entry.getKey()).json().get("note").asText());
            }
            assertEquals(200, project.revision());
        }
    }
}
