package shop.dozo.review.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.review.review.Review;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/**
 * Restores archive rows by id (insert or overwrite), streaming the NDJSON body and committing every batch, so a
 * large shop never has to fit in memory. An interrupted import can be run again: it converges to the same rows.
 */
@ApplicationScoped
public class NdjsonImporter {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dozo.review.export.batch-size", defaultValue = "500")
    int batchSize;

    public long reviews(InputStream in) {
        return importLines(in, ReviewRecord.class, (record, em) -> record.upsert(em));
    }

    public long moderationEvents(InputStream in) {
        return importLines(in, ModerationEventRecord.class, (record, em) -> record.upsert(em));
    }

    private <T> long importLines(InputStream in, Class<T> type, BiConsumer<T, EntityManager> upsert) {
        long imported = 0;
        List<T> batch = new ArrayList<>();
        try (MappingIterator<T> lines = json.readerFor(type).readValues(in)) {
            while (true) {
                long line = imported + batch.size() + 1;
                T record = next(lines, line);
                if (record != null) {
                    batch.add(record);
                }
                if (record == null || batch.size() == batchSize) {
                    write(batch, imported + 1, upsert);
                    imported += batch.size();
                    batch.clear();
                }
                if (record == null) {
                    return imported;
                }
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "Invalid archive", "Cannot read the NDJSON body: " + e.getMessage()));
        }
    }

    private static <T> T next(MappingIterator<T> lines, long line) {
        try {
            return lines.hasNextValue() ? lines.nextValue() : null;
        } catch (IOException | RuntimeException e) {
            throw refused(line, "not a valid record", e);
        }
    }

    private static <T> void write(List<T> batch, long firstLine,
            BiConsumer<T, EntityManager> upsert) {
        if (batch.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Review.getEntityManager();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    upsert.accept(batch.get(i), em);
                } catch (RuntimeException e) {
                    throw refused(firstLine + i, "cannot be stored", e);
                }
            }
        });
    }

    private static ProblemException refused(long line, String what, Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("");
        return new ProblemException(Problem.of(400, "Invalid archive", "Line " + line + " " + what + " (" + reason
                + "). Batches before it were imported; fix the file and import it again, rows are restored by id."));
    }
}
