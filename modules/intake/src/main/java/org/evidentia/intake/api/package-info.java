/**
 * What other modules may use of intake: cases and their teams ({@link
 * org.evidentia.intake.api.Cases}), incidents ({@link org.evidentia.intake.api.Incidents}), and an
 * incident's sources, casualty claims and persons ({@link
 * org.evidentia.intake.api.IncidentParticulars}), as immutable records.
 */
package org.evidentia.intake.api;
