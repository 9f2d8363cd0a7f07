/** What other modules may use of the audit module: record an event, read and verify the trail. */
package org.evidentia.audit.api;
