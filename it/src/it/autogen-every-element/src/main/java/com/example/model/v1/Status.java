package com.example.model.v1;

public enum Status { DRAFT, LIVE, RETIRED }
