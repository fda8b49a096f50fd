package org.kuzet.crypto;

/**
 * A column that holds values sealed by the {@link Vault}, declared as a bean by the module that owns it so that
 * {@code kuzet keys rotate} can re-encrypt it without knowing the module. Every value in it is sealed for the
 * context {@code <table>.<column>:<id>} ({@link #context}).
 *
 * @param table    the table, e.g. {@code person_private}
 * @param idColumn its key column, e.g. {@code person_id} (a bigint)
 * @param column   the bytea column of sealed values
 */
public record SealedColumn(String table, String idColumn, String column) {

    public SealedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !name.matches("^[a-z_][a-z0-9_]*$")) {
                throw new IllegalArgumentException("not an SQL identifier: " + name);
            }
        }
    }

    /** The associated data a value of the row {@code id} is sealed for. */
    public String context(long id) {
        return table + "." + column + ":" + id;
    }
}
