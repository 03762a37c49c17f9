package dev.crisiswatch.simulator.scenario;

import java.util.List;

/**
 * The brand the posts talk about. Its name and handles appear in chatter that no catalog topic
 * owns, so keep them out of the catalog's terms.
 */
public record Brand(String name, List<String> handles, List<String> products) {
    public Brand {
        handles = List.copyOf(handles);
        products = List.copyOf(products);
    }
}
