package org.entente.events;

/** Where the partnership acts: its level, its name and its official (INSEE) code when there is one. */
public record Territory(Level level, String name, String code) {

    public enum Level {
        NEIGHBOURHOOD, MUNICIPALITY, INTER_MUNICIPALITY, DEPARTMENT, REGION, NATIONAL
    }
}
