/** What other modules and the web layer may use of case bundles. */
package org.evidentia.bundle.api;
