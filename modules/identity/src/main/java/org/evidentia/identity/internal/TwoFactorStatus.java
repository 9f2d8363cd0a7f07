package org.evidentia.identity.internal;

import java.io.Serializable;

/** Whether a user has two-factor login, must have it, and how many recovery codes are left. */
public record TwoFactorStatus(boolean enrolled, boolean required, long recoveryCodesLeft)
    implements Serializable {}
