package org.kuzet.shared;

/**
 * An update by someone who cannot see every part of the record (it refers to records beyond their clearance):
 * saving what they see would erase what they do not, so a reviewer or administrator must make the change.
 */
public class HiddenPartsException extends RuntimeException {

    public HiddenPartsException(String kind, String key) {
        super("The " + kind + " '" + key + "' refers to records you are not cleared to see; saving your version would"
                + " remove them. Ask a reviewer or an administrator to make this change.");
    }
}
