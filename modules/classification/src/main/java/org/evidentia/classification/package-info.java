/**
 * Legal classification: the Rome Statute taxonomy as reference data, incidents classified as the
 * crimes they may amount to (proposed, confirmed, withdrawn; history kept), evidence, sources and
 * casualty claims linked to each element of each crime, and the evidence matrix of a case.
 */
package org.evidentia.classification;
