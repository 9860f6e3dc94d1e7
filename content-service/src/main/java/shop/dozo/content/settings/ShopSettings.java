package shop.dozo.content.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The shop's one settings row (id 1). {@code navigation} is a JSON array of menu items. */
@Entity
public class ShopSettings extends PanacheEntityBase {
    public static final int ID = 1;

    @Id
    public Integer id;

    public String name;

    public String nameEn;

    public String tagline;

    public String taglineEn;

    public String navigation;

    public String footer;

    public String footerEn;

    public String legalNoticeSlug;

    public String invoiceRegistrationNumber;

    /** 0 before the first save; every save adds one. A save must name the version it edited. */
    public long version;

    public Instant updatedAt;

    public String updatedBy;
}
