package shop.dozo.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigValue;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * The settings every service shares live only in service-support's META-INF/microprofile-config.properties, not in
 * this service's application.properties. Each check here fails if Quarkus did not read that file, at run time or at
 * build time. (The shared Hibernate naming strategy, also build time, is checked in content-service, whose entities
 * rely on it: catalog-service's name every column.)
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class SharedServiceDefaultsTest {
    @Inject
    DataSource dataSource;

    @Test
    void runTimeSettingsComeFromServiceSupportsConfigSource() {
        ConfigValue timeout = (ConfigValue) ConfigProvider.getConfig().getConfigValue("quarkus.shutdown.timeout");
        assertEquals(Duration.ofSeconds(10),
                ConfigProvider.getConfig().getValue("quarkus.shutdown.timeout", Duration.class));
        assertTrue(timeout.getSourceName().contains("microprofile-config.properties"), timeout.getSourceName());
        // The %test. line of the shared source wins over its plain line in tests.
        assertEquals(Duration.ZERO, ConfigProvider.getConfig().getValue("quarkus.shutdown.delay", Duration.class));
        assertEquals("https://dozo.shop/issuer",
                ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class));
    }

    @Test
    void theBuildSawMariaDb() throws Exception {
        // db-kind is fixed at build time: without it there would be no default datasource at all.
        assertEquals("mariadb", ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getMetaData().getURL().startsWith("jdbc:mariadb:"),
                    connection.getMetaData().getURL());
        }
    }

    @Test
    void theManagementInterfaceIsOn() {
        // quarkus.management.enabled is a build-time setting: off, /q/health would answer on the main port.
        ManagementInterface.assertOnlyOnTheManagementPort();
    }
}
