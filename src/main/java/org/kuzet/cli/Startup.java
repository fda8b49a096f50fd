package org.kuzet.cli;

import java.io.PrintStream;
import org.kuzet.exchange.DemoData;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.springframework.stereotype.Component;

/** What {@code serve} does once the application runs: the first administrator, the demo record. */
@Component
class Startup {

    private final Users users;
    private final DemoData demoData;

    Startup(Users users, DemoData demoData) {
        this.users = users;
        this.demoData = demoData;
    }

    void afterStart(boolean demo, int port) {
        PrintStream out = System.out;
        if (demo) {
            demoData.loadIntoEmptyRecord().ifPresent(summary -> out.println("Loaded the demo record: " + summary));
        }
        if (!users.any()) {
            String password = org.kuzet.security.FirstAdministrator.create(users);
            out.println("""
                    ------------------------------------------------------------------
                    No users existed, so an administrator was created:
                      user name: admin
                      one-time password: %s
                    Sign in at http://localhost:%d/login and choose a new password.
                    This password is shown only once.
                    ------------------------------------------------------------------""".formatted(password, port));
        }
        out.println("Kuzet is running at http://localhost:" + port + "/");
        out.flush();
    }
}
