package org.tandem.review.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.review.project.ReviewProject;
import org.tandem.segment.Segment;

/**
 * A bounded load test of the review server on loopback: a synthetic project of N beads, C clients for
 * S seconds (and at most a fixed number of requests each), reading single beads and pages and writing
 * status changes with notes, each client on beads of its own so that no write may fail. Afterwards
 * every write is checked in the project: its note is the last the client wrote, and the log holds one
 * event per write.
 */
public final class LoadBenchmark {
    /** The most requests one client sends, whatever the time: the test is bounded in count as well. */
    public static final int MAX_REQUESTS_PER_CLIENT = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the run measured. Latencies in milliseconds. */
    public record Result(int beads, int clients, double seconds, long reads, long writes, long errors, long lostWrites,
                         double[] readLatencies, double[] writeLatencies, double[] allLatencies) {
        public String render() {
            return String.format(Locale.ROOT, "beads %d, clients %d, %.1f s: %d requests (%d reads, %d writes), %.0f/s%n"
                            + "errors %d, lost writes %d%n"
                            + "latency ms   p50     p95     p99     max%n"
                            + "reads      %s%nwrites     %s%nall        %s%n",
                    beads, clients, seconds, reads + writes, reads, writes, (reads + writes) / seconds, errors, lostWrites,
                    percentiles(readLatencies), percentiles(writeLatencies), percentiles(allLatencies));
        }

        public double p95() {
            return percentile(allLatencies, 0.95);
        }
    }

    private LoadBenchmark() {
    }

    /** Runs the benchmark on a fresh project in {@code directory}. */
    public static Result run(Path directory, int beads, int clients, double seconds, double writeShare)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path file = ReviewProject.fileFor(directory, "load-" + beads);
        Files.deleteIfExists(file);
        try (ReviewProject project = ReviewProject.create(file, synthetic(beads), "bench");
             ReviewServer server = ReviewServer.start(project, 0, (s, t) -> {
                 throw new IllegalStateException("no realign in the load test");
             }, "bench")) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(clients)).build();
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Client>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Client client = new Client(c, clients, beads, http, server.port(), server.token(), writeShare);
                futures.add(pool.submit(() -> client.run(deadline)));
            }
            List<Client> done = new ArrayList<>();
            for (Future<Client> future : futures) {
                try {
                    done.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long lost = 0;
            long writes = 0;
            for (Client client : done) {
                for (Map.Entry<Long, String> entry : client.lastNotes.entrySet()) {
                    if (!project.bead(entry.getKey()).note().equals(entry.getValue())) {
                        lost++;
                    }
                }
                writes += client.writes;
            }
            lost += Math.abs(project.events().size() - writes);
            return new Result(beads, clients, elapsed, done.stream().mapToLong(c -> c.reads).sum(), writes,
                    done.stream().mapToLong(c -> c.errors).sum(), lost,
                    merge(done, false), merge(done, true), merge(done, null));
        }
    }

    private static double[] merge(List<Client> clients, Boolean writes) {
        return clients.stream().flatMapToDouble(c -> Arrays.stream(writes == null
                ? concat(c.readLatencies.toArray(), c.writeLatencies.toArray())
                : writes ? c.writeLatencies.toArray() : c.readLatencies.toArray())).sorted().toArray();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** One simulated reviewer: owns the beads whose id modulo the client count is its number. */
    private static final class Client {
        final int number;
        final int clients;
        final int beads;
        final HttpClient http;
        final String base;
        final String token;
        final double writeShare;
        final Map<Long, Long> versions = new HashMap<>();
        /** The beads whose version this client has read, the ones it can write. */
        final List<Long> known = new ArrayList<>();
        final Map<Long, String> lastNotes = new HashMap<>();
        final DoubleList readLatencies = new DoubleList();
        final DoubleList writeLatencies = new DoubleList();
        long reads;
        long writes;
        long errors;

        Client(int number, int clients, int beads, HttpClient http, int port, String token, double writeShare) {
            this.number = number;
            this.clients = clients;
            this.beads = beads;
            this.http = http;
            this.base = "http://127.0.0.1:" + port;
            this.token = token;
            this.writeShare = writeShare;
        }

        Client run(long deadline) throws IOException, InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int k = 0; k < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < deadline; k++) {
                long id = own(random);
                if (random.nextDouble() < writeShare && !known.isEmpty()) {
                    id = known.get(random.nextInt(known.size()));
                    String note = "client " + number + " write " + writes;
                    String body = JSON.createObjectNode().put("status", writes % 2 == 0 ? "confirmed" : "open")
                            .put("note", note).put("version", versions.get(id)).toString();
                    long start = System.nanoTime();
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/beads/" + id + "/status"))
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                    writeLatencies.add((System.nanoTime() - start) / 1e6);
                    if (response.statusCode() == 200) {
                        writes++;
                        lastNotes.put(id, note);
                        versions.put(id, JSON.readTree(response.body()).get("changed").get(0).get("version").asLong());
                    } else {
                        errors++;
                    }
                } else {
                    boolean page = random.nextInt(10) == 0;
                    String path = page ? "/api/beads?offset=" + random.nextInt(beads) + "&limit=50" : "/api/beads/" + id;
                    long start = System.nanoTime();
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
                    readLatencies.add((System.nanoTime() - start) / 1e6);
                    if (response.statusCode() == 200) {
                        reads++;
                        if (!page) {
                            JsonNode bead = JSON.readTree(response.body());
                            if (versions.put(id, bead.get("version").asLong()) == null) {
                                known.add(id);
                            }
                        }
                    } else {
                        errors++;
                    }
                }
            }
            return this;
        }

        private long own(ThreadLocalRandom random) {
            int slots = Math.max(1, (beads - number + clients - 1) / clients);
            long id = 1 + number + (long) random.nextInt(slots) * clients;
            return id > beads ? 1 + number : id;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.header(ReviewServer.TOKEN_HEADER, token).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A growable array of doubles: a latency per request without boxing. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** {@code count} 1-1 beads of sentence-like text, every fifth flagged. */
    public static Alignment synthetic(int count) {
        List<Segment> source = new ArrayList<>(count);
        List<Segment> target = new ArrayList<>(count);
        List<FlaggedBead> beads = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            source.add(new Segment(k, "Sentence " + k + " of the synthetic load document talks about budgets and schools.", k / 4));
            target.add(new Segment(k, "Zin " + k + " van het synthetische document gaat over begrotingen en scholen.", k / 4));
            beads.add(new FlaggedBead(new Bead(k, k + 1, k, k + 1), 0.9, k % 5 == 0
                    ? List.of(new Flag(FlagKind.LOW_SIMILARITY, "synthetic flag " + k)) : List.of()));
        }
        return new Alignment("load-" + count, "en", "nl", source, target, beads);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String percentiles(double[] sorted) {
        return String.format(Locale.ROOT, "%7.1f %7.1f %7.1f %7.1f", percentile(sorted, 0.5), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }
}
