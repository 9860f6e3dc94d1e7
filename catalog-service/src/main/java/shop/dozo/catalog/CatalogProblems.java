package shop.dozo.catalog;

import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/** The catalogue's recurring 409 answers, each naming what the client has to change. */
public final class CatalogProblems {
    private CatalogProblems() {
    }

    /** A unique value (SKU, slug) that is already taken. */
    public static ProblemException taken(String field, String value) {
        return conflict(field, "'" + value + "' is already taken", "A " + field + " '" + value + "' already exists.");
    }

    public static ProblemException conflict(String field, String message, String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** An edit made on top of an older version: refused with the current state, so the editor can merge. */
    public static ProblemException stale(String what, long sent, Object current, long now) {
        return new ProblemException(Problem.of(409, "Conflict", "Someone else changed this " + what
                + " since you loaded it (version " + sent + ", now " + now + "). Merge and save again.")
                .withErrors(List.of(new Problem.FieldError("version", "is " + now + " now")))
                .withCurrent(current));
    }

    /** True when the failure is MariaDB refusing a duplicate for the named unique key (a lost race). */
    public static boolean isDuplicate(Throwable error, String uniqueKey) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062
                    && String.valueOf(sql.getMessage()).contains(uniqueKey)) {
                return true;
            }
        }
        return false;
    }
}
