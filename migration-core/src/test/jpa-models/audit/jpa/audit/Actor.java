package jpa.audit;



/** Who did it, stored as one text column. */
public record Actor(String kind, String name) {}
