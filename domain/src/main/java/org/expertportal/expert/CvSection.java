package org.expertportal.expert;

/** The parts of a structured CV, in the order a profile shows them. */
public enum CvSection {
    EDUCATION,
    POSITIONS,
    PUBLICATIONS,
    TESTIMONY;

    public String nameKey() {
        return "expert.cv." + name().toLowerCase();
    }
}
