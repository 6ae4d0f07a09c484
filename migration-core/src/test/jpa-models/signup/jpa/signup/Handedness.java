package jpa.signup;

public enum Handedness { LEFT, RIGHT, BOTH }
