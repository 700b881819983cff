package docpipe.bench.search;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What reading paragraphs by {@code _id} costs on mongo-java-server (memory backend) at 100,000 paragraphs,
 * the question behind a term-postings index for issue 5: one {@code _id} lookup, {@code _id $in} lists of
 * growing length, {@code _id $in} combined with another field, and a full scan on a scalar field for
 * comparison. Not a test: run it by hand (see benchmarks/README.md).
 */
public final class IdLookupProbe {

    public static void main(String[] args) {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> paragraphs = client.getDatabase("probe").getCollection("paragraphs");
            List<Document> batch = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                String id = "d" + (i / 50) + ":" + (i % 50);
                batch.add(new Document("_id", id).append("type", i % 3 == 0 ? "RESOLUTION" : "REPORT")
                        .append("themeIds", List.of("t" + (i % 7), "t" + (i % 11)))
                        .append("text", "paragraph " + i + " " + "x".repeat(300)));
                if (i % 8 == 0) {
                    ids.add(id);
                }
                if (batch.size() == 5000) {
                    paragraphs.insertMany(batch);
                    batch.clear();
                }
            }
            Bson tags = Projections.include("type", "themeIds");
            for (int round = 0; round < 3; round++) {
                System.out.println("round " + round);
                time("one _id", () -> paragraphs.find(Filters.eq("_id", ids.get(7))).into(new ArrayList<>()).size());
                time("20 _id one by one", () -> {
                    int n = 0;
                    for (String id : ids.subList(0, 20)) {
                        n += paragraphs.find(Filters.eq("_id", id)).into(new ArrayList<>()).size();
                    }
                    return n;
                });
                for (int size : new int[] {20, 500, 5000, 12500}) {
                    time("_id $in " + size, () -> paragraphs.find(Filters.in("_id", ids.subList(0, size)))
                            .projection(tags).into(new ArrayList<>()).size());
                }
                time("_id $in 500 and type", () -> paragraphs.find(Filters.and(Filters.in("_id", ids.subList(0, 500)),
                        Filters.eq("type", "RESOLUTION"))).into(new ArrayList<>()).size());
                time("scan type (no match)", () -> paragraphs.find(Filters.eq("type", "NOTE")).into(new ArrayList<>()).size());
            }
        } finally {
            server.shutdownNow();
        }
    }

    private static void time(String what, Supplier<Integer> query) {
        long start = System.nanoTime();
        int found = query.get();
        System.out.printf(Locale.ROOT, "  %-24s %6d found %9.1f ms%n", what, found, (System.nanoTime() - start) / 1e6);
    }
}
