package org.expertportal.account;

/** An organisation in a list: its name and how many client accounts belong to it. */
public record OrganisationSummary(long id, String name, long members) {}
