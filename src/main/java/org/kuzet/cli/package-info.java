/**
 * The command line ({@code kuzet serve}, {@code import}, {@code report}…): each command translates its arguments to
 * the features' operations, as the pages and the API do.
 */
package org.kuzet.cli;
