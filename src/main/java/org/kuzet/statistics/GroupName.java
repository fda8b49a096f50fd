package org.kuzet.statistics;

/**
 * What a group of the statistics is called: either a name the record holds (a vocabulary label or a place name in
 * the language asked for, an organisation's name, an article's title, a month such as {@code 2020-06}), or a message
 * the reader's language words ({@code stats.unknown}, {@code stats.yearOnly} with the year,
 * {@code stats.sanction.imprisonment}). The adapters word the messages.
 *
 * @param name     the name, or null when a message words it
 * @param message  the message key, or null for a name
 * @param argument the message's argument, or null
 */
public record GroupName(String name, String message, String argument) {

    public static GroupName named(String name) {
        return new GroupName(name, null, null);
    }

    public static GroupName worded(String message, String argument) {
        return new GroupName(null, message, argument);
    }

    /** The name, or the message worded by {@code words}. */
    public String in(StatisticsResult.Words words) {
        if (message == null) {
            return name;
        }
        return argument == null ? words.word(message) : words.word(message, argument);
    }
}
