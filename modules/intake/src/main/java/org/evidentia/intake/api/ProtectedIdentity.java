package org.evidentia.intake.api;

/** Who a person really is. Encrypted at rest; shown only to those allowed to see it. */
public record ProtectedIdentity(String name, String contact, String notes) {}
