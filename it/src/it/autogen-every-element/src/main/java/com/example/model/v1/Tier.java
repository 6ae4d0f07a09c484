package com.example.model.v1;

public enum Tier { FREE, PRO }
