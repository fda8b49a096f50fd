package org.kuzet.security;

/** The administrator created on a fresh data folder, with a one-time password that must be changed at first sign-in. */
public final class FirstAdministrator {

    private FirstAdministrator() {
    }

    /** Creates user "admin" and returns its one-time password. */
    public static String create(Users users) {
        String password = Users.oneTimePassword("admin");
        users.create("admin", Role.ADMIN, password, true);
        return password;
    }
}
