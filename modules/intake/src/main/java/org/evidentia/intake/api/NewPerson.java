package org.evidentia.intake.api;

/** A victim, witness, survivor or alleged perpetrator; the pseudonym is assigned. */
public record NewPerson(
    Enums.PersonRole role,
    Enums.AgeGroup ageGroup,
    String sex,
    ProtectedIdentity protectedIdentity,
    Consent consent) {}
