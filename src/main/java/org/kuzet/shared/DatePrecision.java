package org.kuzet.shared;

import java.util.Locale;

/** How exactly a recorded date is known. Reports often say only "February 2020" or "around 2019". */
public enum DatePrecision {
    DAY, MONTH, YEAR, APPROXIMATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromCode(String code) {
        for (DatePrecision p : values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date precision '" + code + "' (expected day, month, year or approximate)");
    }
}
