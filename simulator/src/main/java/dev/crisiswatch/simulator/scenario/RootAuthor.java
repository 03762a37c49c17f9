package dev.crisiswatch.simulator.scenario;

/** The account that starts a cascade: an unknown customer, an influencer, an employee. Null fields are drawn. */
public record RootAuthor(String handle, Long followers, Boolean verified, String source) {}
