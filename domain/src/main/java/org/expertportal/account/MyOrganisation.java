package org.expertportal.account;

import java.util.List;

/**
 * The caller's organisation: its name, whether the caller administers it, and the colleagues,
 * listed for organisation admins only.
 */
public record MyOrganisation(String name, boolean youAdminister, List<Colleague> colleagues) {}
