package org.evidentia.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.evidentia.kernel.Role;

/** What an administrator gives to open an account; the password is the initial one. */
public record NewAccount(
    @NotNull(message = "username is required")
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._-]{1,63}",
            message =
                "username must be 2 to 64 characters: lower-case letters, digits, dot, dash or"
                    + " underscore")
        String username,
    @NotBlank(message = "display name is required")
        @Size(max = 200, message = "display name must be at most 200 characters")
        String displayName,
    @NotEmpty(message = "at least one role is required") Set<@NotNull Role> roles,
    @NotNull(message = "an initial password is required") String password) {}
