/**
 * Case intake: cases and their teams (need to know), incidents with their revision history,
 * sources, casualty claims kept per source, and persons known by pseudonym whose protected
 * identities are encrypted with AES-GCM.
 */
package org.evidentia.intake;
