package shop.dozo.review.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.review.moderation.ModerationEvent;
import shop.dozo.review.review.Review;

/**
 * Writes a table as NDJSON ordered by id, in batches (bounded memory) inside one read transaction (one
 * consistent snapshot, so a review approved mid-export cannot appear twice or not at all).
 */
@ApplicationScoped
public class NdjsonExporter {
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dozo.review.export.batch-size", defaultValue = "500")
    int batchSize;

    public void reviews(OutputStream out) {
        write(out, (after, limit) -> Review.<Review>find("id > ?1 order by id", after).range(0, limit - 1).list(),
                review -> review.id, ReviewRecord::of);
    }

    public void moderationEvents(OutputStream out) {
        write(out, (after, limit) -> ModerationEvent.<ModerationEvent>find("id > ?1 order by id", after)
                .range(0, limit - 1).list(), event -> event.id, ModerationEventRecord::of);
    }

    private <E extends PanacheEntityBase> void write(OutputStream out, BiFunction<Long, Integer, List<E>> batchAfter,
            ToLongFunction<E> id, Function<E, Object> record) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            long after = 0;
            List<E> batch;
            do {
                batch = batchAfter.apply(after, batchSize);
                for (E entity : batch) {
                    line(out, record.apply(entity));
                    after = id.applyAsLong(entity);
                }
                Review.getEntityManager().clear();
                flush(out);
            } while (batch.size() == batchSize);
        });
    }

    private void line(OutputStream out, Object record) {
        try {
            out.write(json.writeValueAsBytes(record));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
