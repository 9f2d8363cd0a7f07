/**
 * Evidence of incidents: the original bytes kept untouched in a content-addressed store (SHA-256),
 * hashed at receipt with SHA-256 and SHA-512, the media type detected from the bytes, the embedded
 * metadata (EXIF, XMP, QuickTime) beside what the uploader claimed, working copies (thumbnails), an
 * append-only chain of custody, and fixity checks that raise an alarm and never repair.
 */
package org.evidentia.evidence;
