package org.kuzet;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind every CLI verb and the web server. */
@SpringBootApplication
public class KuzetApplication {
}
