package org.workbench.domain;

/** A projection with the name it is shown under in a comparison (names need not be unique). */
public record NamedResult(String name, ProjectionResult result) {}
