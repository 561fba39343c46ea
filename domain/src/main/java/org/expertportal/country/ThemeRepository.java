package org.expertportal.country;

import java.util.List;

/** Port: the themes (kinds of risk), in display order. */
public interface ThemeRepository {

    List<Theme> findAllByOrderBySortOrderAsc();
}
