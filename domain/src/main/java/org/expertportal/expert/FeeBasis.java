package org.expertportal.expert;

/** On what terms an expert takes a case. */
public enum FeeBasis {
    PAID,
    REDUCED,
    PRO_BONO;

    public String nameKey() {
        return "expert.fee." + name().toLowerCase().replace('_', '-');
    }
}
