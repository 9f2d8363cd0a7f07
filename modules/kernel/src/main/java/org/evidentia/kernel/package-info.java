/**
 * The shared kernel: the few types every module speaks. Roles, the caller of a request, paging,
 * domain errors (mapped to HTTP statuses in one place), dashboard figures and the sections later
 * modules add to the incident page. Nothing here knows about any business module.
 */
package org.evidentia.kernel;
