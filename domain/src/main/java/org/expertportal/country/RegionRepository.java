package org.expertportal.country;

import java.util.List;

/** Port: the regions, in display order. */
public interface RegionRepository {

    List<Region> findAllByOrderBySortOrderAsc();
}
