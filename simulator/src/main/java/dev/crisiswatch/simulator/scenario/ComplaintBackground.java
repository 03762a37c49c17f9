package dev.crisiswatch.simulator.scenario;

/** Everyday customer-service contacts: an average rate spread over channels and desk categories. */
public record ComplaintBackground(double perMinute, Weights channels, Weights categories) {}
