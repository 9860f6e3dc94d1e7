package shop.dozo.support;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Map;

/**
 * The archive endpoints of a service, over its tables: extend it, name the tables, and add {@code @Path}.
 * Staff may export; only the owner may import, because an import can change every row.
 */
public abstract class ArchiveTablesResource {

    /** The service's own database; subclasses with extra archive endpoints use it too. */
    @Inject
    protected AgroalDataSource dataSource;

    /** Entity name in the URL → table name. The only way a table name reaches SQL. */
    protected abstract Map<String, String> tables();

    /** How a table of {@link #tables()} is archived: every column as the table names it, unless overridden. */
    protected NdjsonTables.Table archived(String table) {
        return NdjsonTables.Table.of(table);
    }

    /** The answer to an import of {@code rows} lines. */
    protected Map<String, Integer> imported(int rows) {
        return Map.of("imported", rows);
    }

    @GET
    @Path("/export/{entity}")
    @Produces("application/x-ndjson")
    @RolesAllowed("staff")
    public StreamingOutput export(@PathParam("entity") String entity) {
        NdjsonTables.Table table = archived(table(entity));
        return out -> NdjsonTables.export(dataSource, table, out);
    }

    @POST
    @Path("/import/{entity}")
    @Consumes({"application/x-ndjson", "application/json", "text/plain"})
    @Produces("application/json")
    @RolesAllowed("owner")
    public Map<String, Integer> importRows(@PathParam("entity") String entity, InputStream ndjson) {
        return imported(NdjsonTables.importRows(dataSource, archived(table(entity)), ndjson));
    }

    private String table(String entity) {
        String table = tables().get(entity);
        if (table == null) {
            throw ProblemException.notFound("Nothing called '" + entity + "' to export or import; known: "
                    + String.join(", ", new java.util.TreeSet<>(tables().keySet())) + ".");
        }
        return table;
    }
}
