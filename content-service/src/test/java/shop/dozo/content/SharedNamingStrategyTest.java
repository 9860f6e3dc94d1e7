package shop.dozo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import shop.dozo.content.auth.StaffAccount;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;

/**
 * quarkus.hibernate-orm.physical-naming-strategy, a build-time setting, is set only in service-support's
 * META-INF/microprofile-config.properties: without it Hibernate would look for a column "passwordHash".
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class SharedNamingStrategyTest {
    @Inject
    EntityManager entityManager;

    @Test
    void camelCaseFieldsMapToSnakeCaseColumnsByTheSharedStrategy() {
        AbstractEntityPersister persister = (AbstractEntityPersister) entityManager.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(StaffAccount.class);
        assertEquals("password_hash", persister.getPropertyColumnNames("passwordHash")[0]);
        assertEquals("staff_account", persister.getRootTableName());
    }
}
