/**
 * Legal cases and what they mean for the people they concern.
 *
 * <p>Owns {@code legal_case}, {@code case_party}, {@code charge}, {@code case_stage} and {@code sentence_component}.
 * Offers {@link org.kuzet.legalcase.LegalCases} (the record store, summaries by key, the cases of a party) and
 * {@link org.kuzet.legalcase.LegalStatuses}: a person's legal status on a day with its timeline ({@code of}), and the
 * statuses of many persons from one read of their stages ({@code statusesOn}, for statistics and the prisoner list).
 * {@link org.kuzet.legalcase.PunishmentWords} is the one table of the words a punishment is written in (what the
 * prisoner list writes, what a sheet's import reads back) and the one rule for a typed sum.
 *
 * <p>The model is plain Java, without persistence or framework (the architecture test keeps it so): the vocabulary
 * of the bundle format's {@code legalCases} section as Java values ({@link org.kuzet.legalcase.Stage},
 * {@link org.kuzet.legalcase.Sentence} and the code enums), the {@link org.kuzet.legalcase.LegalStatusPolicy} that
 * tells a person's legal status on a day from the stages of their cases, and {@link org.kuzet.legalcase.StageSequence},
 * the sequences of stages that cannot have happened (a stage before the opening, a release of someone never held).
 */
package org.kuzet.legalcase;
