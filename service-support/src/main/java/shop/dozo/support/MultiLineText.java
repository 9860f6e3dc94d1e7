package shop.dozo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks free text written in paragraphs (a description, a page body, a review, a note): it may hold bidi
 * embeddings and isolates, which a single-line field (a name, a title, a SKU) refuses. Said on the field, never
 * guessed from its name. On a list of strings it covers every element.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {
}
