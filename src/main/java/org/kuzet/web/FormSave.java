package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.StaleVersionException;
import org.springframework.http.HttpStatus;

/**
 * How a form answers a save, the same for every form: once saved, the record's page ({@code ?saved}); otherwise the
 * form again with everything typed kept — 422 with each problem at its field, 409 when someone else saved the record
 * meanwhile (their version beside the user's, the form now at theirs, so that saving again is deliberate), 403 when
 * the record has parts the writer may not see. After a 422 or a 403 the form stays at the version the user read, so
 * that a later save still notices a save by someone else.
 *
 * @param response where the status goes
 * @param fields   where the form shows the problems of the record's check
 * @param form     the form shown again
 */
record FormSave(HttpServletResponse response, FormFields fields, Form form) {

    /** The form shown again: its problems by field, the version it is at, and both versions side by side (or none). */
    @FunctionalInterface
    interface Form {
        String show(Map<String, String> problems, Integer version, List<Conflict> conflict);
    }

    /** A save, which gives the problems of the form's own fields to {@code check}; the address of the saved record. */
    @FunctionalInterface
    interface Save {
        String save(Checker check);
    }

    /** The record as someone else saved it meanwhile: its version, and its fields beside the user's. */
    record Theirs(Integer version, List<Conflict> conflict) {
    }

    /** Records a new record. */
    String created(Save save) {
        try {
            return saved(save);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form.show(fields.byField(e.problems()), null, List.of());
        }
    }

    /**
     * Saves an edit of a record the user read at {@code version} ({@code stored}, the version now, when the form
     * sent none); {@code hiddenAt} is the field that tells of parts the writer may not see.
     */
    String edited(Integer version, Integer stored, String hiddenAt, Save save, Supplier<Theirs> theirs) {
        Integer read = version == null ? stored : version;
        try {
            return saved(save);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Theirs now = theirs.get();
            return form.show(Map.of(), now.version(), now.conflict());
        } catch (HiddenPartsException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return form.show(Map.of(hiddenAt, e.getMessage()), read, List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form.show(fields.byField(e.problems()), read, List.of());
        }
    }

    private static String saved(Save save) {
        return "redirect:" + save.save(Checker.root()) + "?saved";
    }
}
