/**
 * The shared kernel: the few types every module speaks. Roles, the caller of a request, paging,
 * domain errors (mapped to HTTP statuses in one place) and dashboard figures. Nothing here knows
 * about any business module.
 */
package org.evidentia.kernel;
