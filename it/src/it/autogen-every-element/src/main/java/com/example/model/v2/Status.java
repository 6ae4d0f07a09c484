package com.example.model.v2;

public enum Status { DRAFT, LIVE, RETIRED }
