/**
 * Events that group many incidents, such as the protests of 22 February 2020.
 *
 * <p>Owns {@code event}. Offers {@link org.kuzet.event.Events}, the record store.
 */
package org.kuzet.event;
