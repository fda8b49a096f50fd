/**
 * Legal cases and what they mean for the people they concern.
 *
 * <p>The vocabulary of the bundle format's {@code legalCases} section as Java values ({@link org.kuzet.legalcase.Stage},
 * {@link org.kuzet.legalcase.Sentence} and the code enums), the {@link org.kuzet.legalcase.LegalStatusPolicy} that
 * tells a person's legal status on a day from the stages of their cases, and {@link org.kuzet.legalcase.StageOrder},
 * the check that no stage predates its case's opening. Plain Java: no persistence, no framework.
 */
package org.kuzet.legalcase;
