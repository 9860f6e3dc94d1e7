package shop.dozo.content.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** An uploaded image. Immutable: its id is the SHA-256 of its bytes, and an edit is a new upload. */
@Entity
public class Media extends PanacheEntityBase {
    @Id
    public String id;

    public String contentType;

    public long sizeBytes;

    public String altText = "";

    /** Pixel size of the stored original; null for media imported from before it was recorded. */
    public Integer width;

    public Integer height;

    public String uploadedBy;

    @CreationTimestamp
    public Instant createdAt;
}
