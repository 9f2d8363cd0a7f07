/** What other modules may use of identity: authenticate, manage accounts, manage API tokens. */
package org.evidentia.identity.api;
