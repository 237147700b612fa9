package org.goveval.monitor.content.wording;

/**
 * A dictionary term found in a text.
 *
 * @param start index of the first char in the text
 * @param end index after the last char
 * @param found the text as written on the page (it may differ in case from the term)
 */
record TermMatch(DictionaryEntry entry, int start, int end, String found) {}
