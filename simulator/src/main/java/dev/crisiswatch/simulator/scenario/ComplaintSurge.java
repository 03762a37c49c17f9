package dev.crisiswatch.simulator.scenario;

/** Extra customer-service contacts an incident causes, on one desk category, over some channels. */
public record ComplaintSurge(Ramp ramp, Weights channels, String category, double urgentShare, String tone) {}
