package dev.fairness.config;

/**
 * {@code methods.report}: report file stem and title (defaults {@code report}, {@code Analysis
 * Report}).
 */
public record ReportConfig(String name, String title) {}
