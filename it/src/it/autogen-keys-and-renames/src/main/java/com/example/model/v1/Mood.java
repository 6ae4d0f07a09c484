package com.example.model.v1;

public enum Mood { SAD, FINE, HAPPY }
