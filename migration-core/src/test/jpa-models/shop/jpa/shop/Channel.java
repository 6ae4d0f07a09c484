package jpa.shop;

public enum Channel { WEB, STORE, PHONE }
