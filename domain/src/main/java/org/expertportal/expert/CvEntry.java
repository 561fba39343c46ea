package org.expertportal.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a structured CV, e.g. "2012–2016: PhD, Central Asian studies, SOAS". */
@Embeddable
public class CvEntry {

    public static final int MAX_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CvSection section;

    @Column(name = "entry_text", nullable = false, length = MAX_LENGTH)
    private String text;

    protected CvEntry() {}

    CvEntry(CvSection section, String text) {
        this.section = section;
        this.text = text;
    }

    public CvSection getSection() {
        return section;
    }

    public String getText() {
        return text;
    }
}
