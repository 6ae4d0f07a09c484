package com.example.model.v2;

public enum Tier { FREE, PRO, ENTERPRISE }
