package dev.akhbar.search.model;

/** A quote in an article and who said it (null when unknown). */
public record Quote(String text, String speaker) {}
