package io.cqlkit.builder.rules;

/**
 * Keeps this exported package non-empty until the rule engine moves in (module-info exports it);
 * delete it once the package holds a class of its own.
 */
final class PackageMarker {
  private PackageMarker() {}
}
