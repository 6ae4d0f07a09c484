package jpa.signup;

public enum Tier { BRONZE, SILVER, GOLD }
