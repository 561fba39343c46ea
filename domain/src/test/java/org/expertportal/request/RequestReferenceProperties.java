package org.expertportal.request;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What the reference parser promises for every reference it could meet, not only the examples. */
class RequestReferenceProperties {

    @Property
    void every_reference_it_writes_it_reads_back(
            @ForAll @IntRange(min = 2000, max = 2999) int year, @ForAll @IntRange(min = 1, max = 999_999) int number) {
        String text = "ER-%d-%06d".formatted(year, number);

        assertThat(RequestReference.parse(text)).map(RequestReference::value).contains(text);
    }

    @Property
    void any_text_is_read_or_refused_without_an_exception(@ForAll String text) {
        assertThat(RequestReference.parse(text)).isNotNull();
    }
}
